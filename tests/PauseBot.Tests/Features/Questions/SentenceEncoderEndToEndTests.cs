using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using PauseBot.Core.Questions;
using PauseBot.Encoder;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Questions;

/// <summary>
/// The classifier's sentence encoder as the bot runs it: loaded by the first question, off its path (the word model
/// answers meanwhile), then one batch per message; and when it cannot load (no native ONNX Runtime), every question is
/// still answered, by the word model, with one warning in the log.
/// </summary>
public class SentenceEncoderEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<RecordedCall> AskInDmAsync(BotHost bot, string user, string text)
    {
        var dm = bot.Slack.Workspace.OpenDm(user)!.Id;
        bot.Slack.Calls.Clear();
        await bot.Client.SendEventAsync(Events.Message(user, dm, text), ct: Ct);
        return await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(30), Ct);
    }

    private static async Task<BotHost> StartPausedAsync(LogCapture logs, Func<IServiceProvider, SentenceEncoderLoader> loader)
    {
        var bot = await BotHost.StartAsync(customize: b =>
        {
            b.Logging.AddProvider(logs).AddFilter<LogCapture>(null, LogLevel.Information); // over the test settings' Warning default
            b.Services.AddSingleton(loader);
        });
        await bot.RegisterChordusAsync();
        await bot.CommandAsync("/pause", "chordus The client is reassessing scope", Lead);
        return bot;
    }

    [Fact]
    public async Task FirstQuestion_LoadsTheEncoder_LaterQuestionsAreEncodedOnce()
    {
        var logs = new LogCapture();
        var encoder = new RecordingEncoder(MiniLmSentenceEncoder.Shared);
        await using var bot = await StartPausedAsync(logs, sp => new SentenceEncoderLoader(sp.GetRequiredService<ILogger<SentenceEncoderLoader>>(), () => encoder));
        var classifier = bot.Services.GetRequiredService<IntentClassifier>();
        Assert.False(classifier.UsesSentences);

        var first = await AskInDmAsync(bot, DefaultSeed.Alice, "can I log hours today?");
        Assert.Contains("not billable since <!date^", first.Json());
        await Eventually.TrueAsync(() => classifier.UsesSentences, "the first question did not load the sentence encoder");

        var second = await AskInDmAsync(bot, DefaultSeed.Bob, "are we getting paid while its paused?? and what should I do with my tickets?");

        Assert.Contains("not billable since <!date^", second.Json());
        var call = Assert.Single(encoder.Calls, c => c[0].StartsWith("are we getting paid", StringComparison.Ordinal)); // sure of it: one call, the parts by the word model
        Assert.Equal(["are we getting paid while it is paused and what should i do with my tickets"], call);
        Assert.Contains(logs.Lines, l => l.Contains("sentence encoder (MiniLM, ONNX Runtime) loaded", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("sentence encoder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EncoderThatCannotLoad_EveryQuestionStillAnswered_OneWarning()
    {
        var logs = new LogCapture();
        var attempts = 0;
        await using var bot = await StartPausedAsync(logs, sp => new SentenceEncoderLoader(sp.GetRequiredService<ILogger<SentenceEncoderLoader>>(), () =>
        {
            Interlocked.Increment(ref attempts);
            throw new DllNotFoundException("Unable to load shared library 'onnxruntime' or one of its dependencies."); // what a platform without the native library gives
        }));
        var classifier = bot.Services.GetRequiredService<IntentClassifier>();

        var first = await AskInDmAsync(bot, DefaultSeed.Alice, "can I log hours today?");
        await Eventually.TrueAsync(() => logs.Lines.Any(l => l.Contains("could not load", StringComparison.Ordinal)), "no warning for the encoder that failed");
        var second = await AskInDmAsync(bot, DefaultSeed.Bob, "when do we resume?");
        var third = await AskInDmAsync(bot, DefaultSeed.Carol, "can I log hours today?");

        Assert.Contains("not billable since <!date^", first.Json());
        Assert.Contains("no resume date", second.Json());
        Assert.Contains("not billable since <!date^", third.Json());
        Assert.True(classifier.IsReady);
        Assert.False(classifier.UsesSentences);
        Assert.Equal(1, attempts);
        var warning = Assert.Single(logs.Lines, l => l.Contains("could not load", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning);
        Assert.Contains("answered by the word model", warning);
    }

    /// <summary>Records each batch it is given and passes it to <paramref name="inner"/>.</summary>
    private sealed class RecordingEncoder(ISentenceEncoder inner) : ISentenceEncoder
    {
        private readonly ConcurrentQueue<IReadOnlyList<string>> calls = new();

        public IReadOnlyList<IReadOnlyList<string>> Calls => [.. calls];

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
        {
            calls.Enqueue([.. texts]);
            return inner.Encode(texts);
        }
    }
}

namespace PauseBot.Tests.Support;

/// <summary>
/// The end-to-end bot runs on the system clock, as in production. When a test's scenario needs an instant to have passed
/// (a pause that has lasted, a scheduled resume whose time has come), it waits for that instant — read from the bot's own
/// data — never for a guessed duration, and never to let work happen (that is <see cref="BotHost.SettleAsync"/>).
/// </summary>
public static class RealTime
{
    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    /// <summary>Returns once the system clock reads <paramref name="instant"/> or later.</summary>
    public static async Task WaitUntilAsync(DateTimeOffset instant, CancellationToken ct)
    {
        for (var now = Now; now < instant; now = Now)
            await Task.Delay(instant - now + TimeSpan.FromMilliseconds(1), TimeProvider.System, ct);
    }
}

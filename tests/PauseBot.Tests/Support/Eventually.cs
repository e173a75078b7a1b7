namespace PauseBot.Tests.Support;

/// <summary>
/// For a positive condition that nothing signals — state seen only by asking again (another replica's cache, a Quartz
/// scheduler's status, a fault taken by the emulator): asks every 50 ms until it holds, within a generous bound. Never for a
/// negative assertion (that needs <see cref="BotHost.SettleAsync"/>), never as a speed check.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Asks <paramref name="ask"/> until <paramref name="holds"/>; returns that answer, or the last one when time is up.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> ask, Func<T, bool> holds, TimeSpan? timeout = null)
    {
        var ct = TestContext.Current.CancellationToken;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout ?? DefaultTimeout);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var answer = await ask();
        try
        {
            while (!holds(answer) && await tick.WaitForNextTickAsync(deadline.Token))
                answer = await ask();
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
        return answer;
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails the test with <paramref name="failure"/> when it never does.</summary>
    public static async Task TrueAsync(Func<bool> condition, string failure, TimeSpan? timeout = null)
    {
        if (!await UntilAsync(() => Task.FromResult(condition()), held => held, timeout))
            Assert.Fail(failure);
    }
}

namespace PauseBot.Jobs;

public static class HostLifetimeExtensions
{
    /// <summary>
    /// Completes once the host has started, i.e. the server listens (at once if it already has): background work that
    /// no request needs waits for it, so it neither delays listening nor competes with it for the CPU.
    /// </summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(ct);
    }
}

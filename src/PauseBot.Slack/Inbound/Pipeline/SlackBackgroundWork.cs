using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Work that outlives the ack (late command results, modal submissions that overran the budget). Gets a token cancelled at shutdown rather than
/// the request's token, which is gone once the ack is written. Tracks what is running so tests can wait for it.
/// </summary>
internal sealed class SlackBackgroundWork(ILogger<SlackBackgroundWork> log) : IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<long, Task> running = new();
    private long next;

    public CancellationToken Stopping => stopping.Token;

    public void Start(Func<CancellationToken, Task> work)
    {
        var id = Interlocked.Increment(ref next);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        running[id] = Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                await work(stopping.Token);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                Log.BackgroundWorkFailed(log, ex);
            }
            finally
            {
                running.TryRemove(id, out _);
            }
        });
        gate.SetResult();
    }

    /// <summary>Completes when everything started so far (and anything it started) has finished.</summary>
    public async Task WhenIdleAsync()
    {
        while (!running.IsEmpty)
            await Task.WhenAll(running.Values);
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }
}

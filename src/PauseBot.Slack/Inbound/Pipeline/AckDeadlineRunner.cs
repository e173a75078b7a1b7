using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PauseBot.Slack.Inbound;

/// <summary>A handler's result: a value, an exception, or "late" (still running when the ack budget ran out).</summary>
internal readonly record struct HandlerOutcome<T>(T? Value, Exception? Error, bool IsLate);

/// <summary>
/// Runs a handler in a fresh DI scope and waits for it at most <see cref="SlackInboundOptions.AckTimeout"/>.
/// If it overruns it keeps running in the background; its eventual outcome goes to <c>whenLate</c>, then the scope is disposed.
/// </summary>
internal sealed class AckDeadlineRunner(
    IServiceScopeFactory scopes, SlackBackgroundWork background, TimeProvider time, IOptionsMonitor<SlackInboundOptions> options)
{
    public async Task<HandlerOutcome<T>> RunAsync<T>(
        Func<IServiceProvider, CancellationToken, Task<T>> handler,
        Func<IServiceProvider, HandlerOutcome<T>, CancellationToken, Task> whenLate,
        CancellationToken requestAborted)
    {
        var scope = scopes.CreateAsyncScope();
        var task = Start(handler, scope.ServiceProvider);
        if (!task.IsCompleted) // most answers are ready at once: no timer for them
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
            await Task.WhenAny(task, Task.Delay(options.CurrentValue.AckTimeout, time, timer.Token));
            await timer.CancelAsync();
        }
        if (task.IsCompleted)
        {
            await scope.DisposeAsync();
            return await SettleAsync(task);
        }
        background.Start(async ct =>
        {
            await using (scope)
                await whenLate(scope.ServiceProvider, await SettleAsync(task), ct);
        });
        return new HandlerOutcome<T>(default, null, IsLate: true);
    }

    private Task<T> Start<T>(Func<IServiceProvider, CancellationToken, Task<T>> handler, IServiceProvider services)
    {
        try
        {
            return handler(services, background.Stopping);
        }
        catch (Exception ex)
        {
            return Task.FromException<T>(ex);
        }
    }

    private static async Task<HandlerOutcome<T>> SettleAsync<T>(Task<T> task)
    {
        try
        {
            return new HandlerOutcome<T>(await task, null, false);
        }
        catch (Exception ex)
        {
            return new HandlerOutcome<T>(default, ex, false);
        }
    }
}

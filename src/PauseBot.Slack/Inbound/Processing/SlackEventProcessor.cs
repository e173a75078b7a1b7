using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseBot.Slack.Diagnostics;
using PauseBot.Slack.Handlers;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Runs queued events through their handlers, <see cref="SlackInboundOptions.EventConcurrency"/> at a time, each in a
/// fresh DI scope: de-duplicate on <c>event_id</c>, drop the bot's own and other bots' messages, then call every handler
/// for the event type (one failing handler does not stop the others). Events still queued at shutdown are dropped.
/// </summary>
public sealed class SlackEventProcessor : BackgroundService
{
    private readonly SlackEventQueue queue;
    private readonly SlackHandlerRegistry registry;
    private readonly IServiceScopeFactory scopes;
    private readonly IOptions<SlackInboundOptions> options;
    private readonly ILogger<SlackEventProcessor> log;
    private readonly SlackTelemetry telemetry;

    internal SlackEventProcessor(SlackEventQueue queue, SlackHandlerRegistry registry, IServiceScopeFactory scopes,
        IOptions<SlackInboundOptions> options, ILogger<SlackEventProcessor> log, SlackTelemetry telemetry)
    {
        (this.queue, this.registry, this.scopes, this.options, this.log, this.telemetry) = (queue, registry, scopes, options, log, telemetry);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.EventConcurrency)).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await ProcessAsync(item, ct);
                }
                finally
                {
                    queue.Finished();
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    internal async Task ProcessAsync(QueuedEvent item, CancellationToken ct)
    {
        var (envelope, slackEvent) = (item.Envelope, item.Envelope.Event);
        using var activity = SlackTelemetry.Tracing.StartActivity("slack.event " + slackEvent.Type);
        activity?.SetTag("slack.event_type", slackEvent.Type);
        activity?.SetTag("slack.event_id", envelope.EventId);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            if (!await services.GetRequiredService<IEventDeduplicator>().TryBeginAsync(envelope.EventId, ct))
            {
                Log.EventDuplicate(log, envelope.EventId, item.RetryNum);
                telemetry.EventDeduplicated(slackEvent.Type);
                return;
            }
            telemetry.EventHandled(slackEvent.Type);
            if (SelfEventFilter.ShouldIgnore(slackEvent, await IdentityAsync(services, ct)))
            {
                Log.EventFromBotIgnored(log, envelope.EventId, slackEvent.Type);
                return;
            }
            foreach (var registration in registry.FindEventHandlers(slackEvent.Type))
            {
                try
                {
                    var handler = services.GetRequiredService(registration.HandlerType);
                    await registration.InvokeEvent!(handler, envelope, slackEvent, ct);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    Log.EventHandlerFailed(log, ex, registration.HandlerType.Name, envelope.EventId, slackEvent.Type);
                }
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            Log.EventProcessingFailed(log, ex, envelope.EventId);
        }
    }

    private async Task<BotIdentity?> IdentityAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<IBotIdentityProvider>() is not { } provider) return null;
        try
        {
            return await provider.GetAsync(ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            Log.BotIdentityUnavailable(log, ex);
            return null;
        }
    }
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.Diagnostics;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Handles one delivery read back from the inbox, in a DI scope of the caller's (the host's inbox worker): an event goes
/// to every handler of its type (the bot's own and other bots' messages dropped), a click to its action's handler, a
/// modal submission taken over after a crash to its handler (its answer was for an ack long gone). The row is marked
/// handled by the handlers' own commit through <see cref="IInboxCompletion"/>; a click's answer is posted to its
/// <c>response_url</c> only after that. A handler that throws makes this throw: the caller retries the row.
/// </summary>
public sealed class InboundDeliveryRunner
{
    private readonly SlackHandlerRegistry registry;
    private readonly SlackTelemetry telemetry;
    private readonly ILogger<InboundDeliveryRunner> log;

    internal InboundDeliveryRunner(SlackHandlerRegistry registry, SlackTelemetry telemetry, ILogger<InboundDeliveryRunner> log) =>
        (this.registry, this.telemetry, this.log) = (registry, telemetry, log);

    /// <summary>Handles <paramref name="stored"/>; false when its claim was lost before it was marked handled (another worker has it).</summary>
    public async Task<bool> RunAsync(StoredDelivery stored, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var document = SlackPayloadParser.ParseObject(System.Text.Encoding.UTF8.GetBytes(stored.Delivery.Payload));
        var completion = services.GetRequiredService<IInboxCompletion>();
        var root = document.RootElement;
        switch (stored.Delivery.Kind)
        {
            case InboundKind.Event:
                return await RunEventAsync(stored, SlackPayloadParser.Deserialize<EventCallback>(root), services, completion, ct);
            case InboundKind.BlockAction:
                return await RunBlockActionAsync(stored, SlackPayloadParser.Deserialize<BlockActionsPayload>(root), services, completion, ct);
            default:
                var payload = SlackPayloadParser.Deserialize<ViewSubmissionPayload>(root);
                if (registry.FindViewSubmission(payload.View.CallbackId ?? "") is not { } handlerType)
                    return await NothingToDoAsync(stored, completion, ct);
                await SubmitAsync(stored, payload, handlerType, services, ct);
                return true;
        }
    }

    /// <summary>The last attempt failed: a click's author is told, on its <c>response_url</c>, that it did not work.</summary>
    public async Task GaveUpAsync(StoredDelivery stored, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Delivery.Kind != InboundKind.BlockAction) return;
        using var document = JsonDocument.Parse(stored.Delivery.Payload);
        var payload = SlackPayloadParser.Deserialize<BlockActionsPayload>(document.RootElement);
        await RespondAsync(services, payload, stored.Delivery.Label, SlackAckMessages.Failure with { ReplaceOriginal = false }, ct);
    }

    /// <summary>Runs a modal's handler with the row enlisted in its commit; the answer is the ack's body when it is still wanted.</summary>
    internal static async Task<ViewSubmissionResponse?> SubmitAsync(StoredDelivery stored, ViewSubmissionPayload payload, Type handlerType,
        IServiceProvider services, CancellationToken ct)
    {
        var completion = services.GetRequiredService<IInboxCompletion>();
        completion.Enlist(stored);
        var response = await ((IViewSubmissionHandler)services.GetRequiredService(handlerType)).HandleAsync(payload, ct);
        await completion.CompleteAsync(ct);
        return response;
    }

    private async Task<bool> RunEventAsync(StoredDelivery stored, EventCallback envelope, IServiceProvider services,
        IInboxCompletion completion, CancellationToken ct)
    {
        var slackEvent = envelope.Event;
        using var activity = SlackTelemetry.Tracing.StartActivity("slack.event " + slackEvent.Type);
        activity?.SetTag("slack.event_type", slackEvent.Type);
        activity?.SetTag("slack.event_id", envelope.EventId);
        if (SelfEventFilter.ShouldIgnore(slackEvent, await IdentityAsync(services, ct)))
        {
            Log.EventFromBotIgnored(log, envelope.EventId, slackEvent.Type);
            return await NothingToDoAsync(stored, completion, ct);
        }
        var handlers = registry.FindEventHandlers(slackEvent.Type);
        if (handlers.Count == 0) return await NothingToDoAsync(stored, completion, ct);
        for (var i = 0; i < handlers.Count; i++)
        {
            // Only the last handler's commit marks the row: if an earlier one's work is written and a later one fails, the
            // row is tried again and the earlier one runs again (handlers are idempotent by their outbox keys).
            if (i == handlers.Count - 1) completion.Enlist(stored);
            var handler = services.GetRequiredService(handlers[i].HandlerType);
            await handlers[i].InvokeEvent!(handler, envelope, slackEvent, ct);
        }
        if (!await completion.CompleteAsync(ct)) return false;
        telemetry.EventHandled(slackEvent.Type);
        return true;
    }

    private async Task<bool> RunBlockActionAsync(StoredDelivery stored, BlockActionsPayload payload, IServiceProvider services,
        IInboxCompletion completion, CancellationToken ct)
    {
        var action = payload.Actions.FirstOrDefault(a => a.ActionId == stored.Delivery.Label);
        if (action is null || registry.FindBlockAction(action.ActionId) is not { } handlerType)
        {
            Log.BlockActionUnhandled(log, stored.Delivery.Label);
            return await NothingToDoAsync(stored, completion, ct);
        }
        completion.Enlist(stored);
        var response = await ((IBlockActionHandler)services.GetRequiredService(handlerType)).HandleAsync(payload, action, ct);
        if (!await completion.CompleteAsync(ct)) return false;
        if (response is not null) await RespondAsync(services, payload, action.ActionId, response, ct);
        return true;
    }

    private static async Task<bool> NothingToDoAsync(StoredDelivery stored, IInboxCompletion completion, CancellationToken ct)
    {
        completion.Enlist(stored);
        return await completion.CompleteAsync(ct);
    }

    // The click is handled and saved; its answer is a courtesy: a failure to post it is logged, not retried.
    private async Task RespondAsync(IServiceProvider services, BlockActionsPayload payload, string actionId, SlackResponse response,
        CancellationToken ct)
    {
        if (payload.ResponseUrl is not { Length: > 0 } url)
        {
            Log.BlockActionNoResponseUrl(log, actionId);
            return;
        }
        try
        {
            await services.GetRequiredService<IResponseUrlClient>().PostAsync(url, response, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            Log.BlockActionResponseFailed(log, ex, actionId);
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

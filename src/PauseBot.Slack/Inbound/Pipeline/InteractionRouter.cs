using System.Text.Json;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.Handlers;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Interactivity. <c>block_actions</c> with a handler are written to the inbox and acked with an empty 200 once that write
/// is committed (a worker handles them and posts the answer to <c>response_url</c>). A <c>view_submission</c> is written
/// to the inbox claimed by this process and handled at once, its answer in the ack within the budget; if the handler
/// overruns, the ack closes the modal and the work goes on, and if the process dies first a worker takes the row over.
/// Other payload types are acked and ignored.
/// </summary>
internal sealed class InteractionRouter(
    SlackHandlerRegistry registry, AckDeadlineRunner runner, ISlackInbox inbox, ILogger<InteractionRouter> log)
{
    public async Task<SlackAck> RouteAsync(SlackHttpRequest request, CancellationToken ct)
    {
        if (!SlackAckMessages.IsForm(request.ContentType))
            throw new SlackPayloadException("expected application/x-www-form-urlencoded");
        var fields = FormBody.Parse(request.Body.Span);
        if (!fields.TryGetValue("payload", out var json) || json.Length == 0)
            throw new SlackPayloadException("missing field payload");
        using var document = SlackPayloadParser.ParseObject(System.Text.Encoding.UTF8.GetBytes(json));
        return await RouteAsync(document.RootElement, ct);
    }

    /// <summary>Routes a parsed, already-trusted interaction payload (HTTP after the signature check, or a Socket Mode envelope).</summary>
    public async Task<SlackAck> RouteAsync(JsonElement root, CancellationToken ct)
    {
        switch (SlackPayloadParser.TypeOf(root))
        {
            case "block_actions":
                return await StoreBlockActionsAsync(SlackPayloadParser.Deserialize<BlockActionsPayload>(root), root, ct);
            case "view_submission":
                return await SubmitAsync(SlackPayloadParser.Deserialize<ViewSubmissionPayload>(root), root, ct);
            case var other:
                Log.InteractionIgnored(log, other);
                return SlackAck.Ok;
        }
    }

    private async Task<SlackAck> StoreBlockActionsAsync(BlockActionsPayload payload, JsonElement root, CancellationToken ct)
    {
        string? json = null;
        foreach (var action in payload.Actions)
        {
            Log.BlockActionReceived(log, payload.Team?.Id, payload.User.Id, action.ActionId);
            if (registry.FindBlockAction(action.ActionId) is null)
            {
                Log.BlockActionUnhandled(log, action.ActionId);
                continue;
            }
            json ??= root.GetRawText();
            try
            {
                if (!await inbox.AddAsync(InboundDelivery.BlockAction(payload, action, json), ct))
                    Log.InteractionDuplicate(log, action.ActionId);
            }
            catch (Exception ex) // cancelled too: never ack what is not stored; Slack shows the person the click failed
            {
                Log.InboxUnavailable(log, ex, "block action " + action.ActionId);
                return SlackAck.TooBusy;
            }
        }
        return SlackAck.Ok;
    }

    private async Task<SlackAck> SubmitAsync(ViewSubmissionPayload payload, JsonElement root, CancellationToken ct)
    {
        var callbackId = payload.View.CallbackId ?? "";
        Log.ViewSubmissionReceived(log, payload.Team?.Id, payload.User.Id, callbackId);
        if (registry.FindViewSubmission(callbackId) is not { } handlerType)
        {
            Log.ViewSubmissionUnhandled(log, callbackId);
            return SlackAck.Ok;
        }
        StoredDelivery? stored;
        try
        {
            stored = await inbox.AddClaimedAsync(InboundDelivery.ViewSubmission(payload, root.GetRawText()), ct);
        }
        catch (Exception ex)
        {
            Log.InboxUnavailable(log, ex, "view submission " + callbackId);
            return Failed(payload.View);
        }
        if (stored is null)
        {
            Log.InteractionDuplicate(log, callbackId); // the modal was submitted already (a redelivery, or a second click)
            return SlackAck.Ok;
        }
        var outcome = await runner.RunAsync(
            (services, token) => InboundDeliveryRunner.SubmitAsync(stored, payload, handlerType, services, token),
            async (_, late, token) =>
            {
                Log.ViewSubmissionLate(log, late.Error, callbackId);
                if (late.Error is { } error) await inbox.FailedAsync(stored, error, token); // tried again by a worker
            },
            ct);
        if (outcome.IsLate) return SlackAck.Ok;
        if (outcome.Error is { } failure)
        {
            Log.ViewSubmissionHandlerFailed(log, failure, callbackId);
            await ForgetAsync(stored); // the person is told and may submit again
            return Failed(payload.View);
        }
        if (outcome.Value is not { } response) return SlackAck.Ok;
        await ForgetAsync(stored); // the modal stays open (errors, update): it may be submitted again
        return SlackAck.Json(response);
    }

    private async Task ForgetAsync(StoredDelivery stored)
    {
        try
        {
            await inbox.ForgetAsync(stored, CancellationToken.None);
        }
        catch (Exception ex)
        {
            Log.InboxUnavailable(log, ex, "view submission " + stored.Delivery.Label);
        }
    }

    /// <summary>"Something went wrong" on the first input block, so the modal stays open with the user's input.</summary>
    private static SlackAck Failed(ViewPayload view) =>
        FirstInputBlockId(view) is { } blockId
            ? SlackAck.Json(ViewSubmissionResponse.Errors(new() { [blockId] = SlackAckMessages.Failed }))
            : SlackAck.Ok;

    private static string? FirstInputBlockId(ViewPayload view) =>
        view.Blocks is { ValueKind: JsonValueKind.Array } blocks
            ? blocks.EnumerateArray()
                .Where(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("type", out var t) && t.ValueEquals("input"))
                .Select(b => b.TryGetProperty("block_id", out var id) ? id.GetString() : null)
                .FirstOrDefault(id => !string.IsNullOrEmpty(id))
            : null;
}

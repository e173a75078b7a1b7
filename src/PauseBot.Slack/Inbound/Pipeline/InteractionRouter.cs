using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Interactivity: <c>block_actions</c> are acked at once and handled in the background (results to <c>response_url</c>);
/// <c>view_submission</c> handlers answer in the ack within the budget. Other payload types are acked and ignored.
/// </summary>
internal sealed class InteractionRouter(
    SlackHandlerRegistry registry, AckDeadlineRunner runner, SlackBackgroundWork background,
    IServiceScopeFactory scopes, ILogger<InteractionRouter> log)
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
                StartBlockActions(SlackPayloadParser.Deserialize<BlockActionsPayload>(root));
                return SlackAck.Ok;
            case "view_submission":
                return await SubmitAsync(SlackPayloadParser.Deserialize<ViewSubmissionPayload>(root), ct);
            case var other:
                Log.InteractionIgnored(log, other);
                return SlackAck.Ok;
        }
    }

    private void StartBlockActions(BlockActionsPayload payload)
    {
        foreach (var action in payload.Actions)
        {
            Log.BlockActionReceived(log, payload.Team?.Id, payload.User.Id, action.ActionId);
            if (registry.FindBlockAction(action.ActionId) is not { } handlerType)
            {
                Log.BlockActionUnhandled(log, action.ActionId);
                continue;
            }
            background.Start(ct => RunBlockActionAsync(handlerType, payload, action, ct));
        }
    }

    private async Task RunBlockActionAsync(Type handlerType, BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        SlackResponse? response;
        try
        {
            response = await ((IBlockActionHandler)scope.ServiceProvider.GetRequiredService(handlerType)).HandleAsync(payload, action, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            Log.BlockActionHandlerFailed(log, ex, action.ActionId);
            response = SlackAckMessages.Failure;
        }
        if (response is null) return;
        if (payload.ResponseUrl is not { Length: > 0 } url)
        {
            Log.BlockActionNoResponseUrl(log, action.ActionId);
            return;
        }
        await scope.ServiceProvider.GetRequiredService<IResponseUrlClient>().PostAsync(url, response, ct);
    }

    private async Task<SlackAck> SubmitAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var callbackId = payload.View.CallbackId ?? "";
        Log.ViewSubmissionReceived(log, payload.Team?.Id, payload.User.Id, callbackId);
        if (registry.FindViewSubmission(callbackId) is not { } handlerType)
        {
            Log.ViewSubmissionUnhandled(log, callbackId);
            return SlackAck.Ok;
        }
        var outcome = await runner.RunAsync(
            (services, token) => ((IViewSubmissionHandler)services.GetRequiredService(handlerType)).HandleAsync(payload, token),
            (_, late, _) =>
            {
                Log.ViewSubmissionLate(log, late.Error, callbackId);
                return Task.CompletedTask;
            },
            ct);
        if (outcome.IsLate) return SlackAck.Ok;
        if (outcome.Error is { } error)
        {
            Log.ViewSubmissionHandlerFailed(log, error, callbackId);
            return FirstInputBlockId(payload.View) is { } blockId
                ? SlackAck.Json(ViewSubmissionResponse.Errors(new() { [blockId] = SlackAckMessages.Failed }))
                : SlackAck.Ok;
        }
        return outcome.Value is { } response ? SlackAck.Json(response) : SlackAck.Ok;
    }

    /// <summary>Where to show "something went wrong" so the modal stays open with the user's input.</summary>
    private static string? FirstInputBlockId(ViewPayload view) =>
        view.Blocks is { ValueKind: JsonValueKind.Array } blocks
            ? blocks.EnumerateArray()
                .Where(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("type", out var t) && t.ValueEquals("input"))
                .Select(b => b.TryGetProperty("block_id", out var id) ? id.GetString() : null)
                .FirstOrDefault(id => !string.IsNullOrEmpty(id))
            : null;
}

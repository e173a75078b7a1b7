using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// Buttons, modals and App Home as Slack delivers them: <c>block_actions</c> with a response URL and trigger id issued by
/// the emulator, <c>view_submission</c> with the modal's state (required fields checked first, like Slack's client),
/// <c>view_closed</c> when the view asks for it, and <c>app_home_opened</c>.
/// </summary>
public sealed class SandboxInteractions(EmulatorState state, SandboxRequests slack, SandboxModals modals, SandboxChanges changes)
{
    private EmulatedWorkspace Ws => state.Workspace;

    /// <summary>A click on a button of a message (<paramref name="channelId"/> + <paramref name="ts"/>) or of a view.</summary>
    public async Task<string?> ClickAsync(string userId, SandboxClick click, CancellationToken ct)
    {
        if (Ws.FindUser(userId) is not { IsBot: false } user) return $"Unknown person '{userId}'.";
        SlackMessage? message = null;
        JsonObject? view = null;
        JsonArray? blocks;
        if (click.ViewId is { } viewId)
        {
            view = VisibleView(userId, viewId);
            blocks = view?["blocks"] as JsonArray;
        }
        else
        {
            if (click.ChannelId is not { } channelId || Ws.FindChannel(channelId) is not { } channel || !channel.HasMember(userId))
                return "That conversation isn't open to you.";
            message = click.Ts is null ? null : state.Messages.Find(channelId, click.Ts);
            blocks = message is { IsDeleted: false } ? message.Blocks
                : state.Messages.Ephemeral.FirstOrDefault(e => e.Channel == channelId && e.UserId == userId && e.MessageTs == click.Ts)?.Blocks;
        }
        if (SandboxBlocks.FindButton(blocks, click.BlockId, click.ActionId) is not { } action) return "That button no longer exists.";
        (string, string)? ephemeral = message is null && view is null ? (click.ChannelId!, click.Ts!) : null;
        var responseUrl = message is not null ? state.CreateResponseUrl(message.Channel, userId, message.Ts)
            : ephemeral is not null ? state.CreateResponseUrl(click.ChannelId, userId) : null;
        var payload = SandboxPayloads.BlockActions(Ws, user, action, modals.IssueTrigger(state, userId), message, view, responseUrl,
            SlackTs.Format(state.Time.GetUtcNow()), ephemeral);
        return await SendInteractionAsync(payload, ct);
    }

    /// <summary>Submits the open modal with <paramref name="values"/> (block id → typed or chosen value).</summary>
    public async Task<string?> SubmitAsync(string userId, string viewId, IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        if (Ws.FindUser(userId) is not { IsBot: false } user) return $"Unknown person '{userId}'.";
        if (modals.For(userId)?.ViewId != viewId || state.Views.Find(viewId) is not { } view) return "That form is no longer open.";
        var (viewState, missing) = SandboxBlocks.ReadState(view, values, user.TimeZone);
        if (missing.Count > 0)
        {
            modals.SetErrors(userId, missing.ToDictionary(b => b, _ => "Please complete this required field."));
            changes.Notify();
            return null;
        }
        view["state"] = new JsonObject { ["values"] = viewState };
        var payload = SandboxPayloads.ViewSubmission(Ws, user, view, modals.IssueTrigger(state, userId));
        var reply = await PostAsync(payload, ct);
        var answer = reply.IsOk && reply.Body.Length > 0 ? SandboxMessages.Parse(reply.Body) : null;
        if (!reply.IsOk)
            modals.SetErrors(userId, new Dictionary<string, string> { [""] = "We had some trouble connecting. Try again?" });
        else if (answer?["response_action"]?.GetValue<string>() == "errors" && answer["errors"] is JsonObject errors)
            modals.SetErrors(userId, errors.ToDictionary(e => e.Key, e => e.Value?.ToString() ?? ""));
        else
            modals.Close(userId);
        changes.Notify();
        return null;
    }

    /// <summary>Closes the open modal (Cancel); sends <c>view_closed</c> when the view set <c>notify_on_close</c>.</summary>
    public async Task<string?> CloseAsync(string userId, CancellationToken ct)
    {
        if (Ws.FindUser(userId) is not { IsBot: false } user || modals.For(userId) is not { } open) return null;
        modals.Close(userId);
        changes.Notify();
        if (state.Views.Find(open.ViewId) is { } view && view["notify_on_close"]?.GetValue<bool>() == true)
            return await SendInteractionAsync(SandboxPayloads.ViewClosed(Ws, user, view), ct);
        return null;
    }

    /// <summary>The person opens the app's Home tab: <c>app_home_opened</c>, with the published view if there is one.</summary>
    public async Task<string?> OpenHomeAsync(string userId, CancellationToken ct)
    {
        if (Ws.FindUser(userId) is not { IsBot: false } || Ws.OpenDm(userId) is not { } dm) return $"Unknown person '{userId}'.";
        var inner = SandboxPayloads.AppHomeOpened(userId, dm.Id, state.Views.HomeOf(userId), SlackTs.Format(state.Time.GetUtcNow()));
        var reply = await slack.PostJsonAsync("slack/events", SandboxPayloads.EventEnvelope(Ws, inner, state.Time.GetUtcNow()).ToJsonString(), ct);
        return reply.IsOk ? null : $"PauseBot did not accept the event ({SandboxMessages.ErrorOf(reply)}).";
    }

    private JsonObject? VisibleView(string userId, string viewId) =>
        modals.For(userId)?.ViewId == viewId || state.Views.HomeOf(userId)?["id"]?.GetValue<string>() == viewId
            ? state.Views.Find(viewId)
            : null;

    private async Task<string?> SendInteractionAsync(JsonObject payload, CancellationToken ct)
    {
        var reply = await PostAsync(payload, ct);
        changes.Notify();
        return reply.IsOk ? null : $"PauseBot did not accept the interaction ({SandboxMessages.ErrorOf(reply)}).";
    }

    private Task<SandboxReply> PostAsync(JsonObject payload, CancellationToken ct) =>
        slack.PostFormAsync("slack/interactions", [("payload", payload.ToJsonString())], ct);
}

/// <summary>Which button was clicked: on a message (<see cref="ChannelId"/> + <see cref="Ts"/>) or in a view (<see cref="ViewId"/>).</summary>
public sealed record SandboxClick(string? ChannelId, string? Ts, string? ViewId, string BlockId, string ActionId);

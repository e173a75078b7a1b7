using System.Text.Json;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.Handlers;

namespace PauseBot.Sandbox;

/// <summary>
/// The message box: a slash command goes to <c>/slack/commands</c> with an emulator response URL and trigger id, and its
/// HTTP answer is shown like Slack shows it (ephemeral, or in the channel for <c>in_channel</c>); anything else is posted
/// as the person's message and delivered as <c>message.im</c> (DM) or <c>app_mention</c> (channel, mentioning the bot).
/// </summary>
public sealed class SandboxMessages(
    EmulatorState state, SandboxRequests slack, SandboxModals modals, SandboxChanges changes, SlackHandlerRegistry registry)
{
    public const int MaxLength = 4000;
    private EmulatedWorkspace Ws => state.Workspace;

    /// <summary>Sends what <paramref name="userId"/> typed into <paramref name="conversationId"/>; returns a problem or null.</summary>
    public async Task<string?> SendAsync(string userId, string conversationId, string typed, CancellationToken ct)
    {
        var text = typed.Trim();
        if (text.Length == 0) return "Type a message or a slash command first.";
        if (text.Length > MaxLength) return $"Messages are limited to {MaxLength} characters.";
        if (Ws.FindUser(userId) is not { IsBot: false, Deleted: false } user) return $"Unknown person '{userId}'.";
        if (Ws.FindChannel(conversationId) is not { } channel || !channel.HasMember(userId) || channel.IsArchived)
            return $"{user.RealName} can't post in that conversation.";
        var problem = text.StartsWith('/') ? await CommandAsync(user, channel, text, ct) : await MessageAsync(user, channel, text, ct);
        changes.Notify();
        return problem;
    }

    private async Task<string?> CommandAsync(EmulatedUser user, EmulatedChannel channel, string text, CancellationToken ct)
    {
        var space = text.IndexOfAny([' ', '\n']);
        var command = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var args = space < 0 ? "" : text[(space + 1)..].Trim();
        if (!registry.Commands.Contains(command))
        {
            state.Messages.AddEphemeral(channel.Id, user.Id, $"{command} is not a valid command. In Slack, all messages that start with "
                + "the \"/\" character are interpreted as commands.", null, null);
            return null;
        }
        var fields = SandboxPayloads.Command(Ws, user, channel, command, SandboxText.ForCommand(args, Ws),
            state.CreateResponseUrl(channel.Id, user.Id), modals.IssueTrigger(state, user.Id));
        var reply = await slack.PostFormAsync("slack/commands", fields, ct);
        if (!reply.IsOk)
        {
            state.Messages.AddEphemeral(channel.Id, user.Id, $"{command} failed with the error \"{ErrorOf(reply)}\"", null, null);
            return null;
        }
        if (reply.Body.Length == 0) return null;
        if (Parse(reply.Body) is not { } json)
        {
            state.Messages.AddEphemeral(channel.Id, user.Id, reply.Body, null, null);
            return null;
        }
        var body = json["text"]?.GetValue<string>();
        var blocks = json["blocks"] as JsonArray;
        if (json["response_type"]?.GetValue<string>() == "in_channel")
            state.Messages.Add(channel.Id, body, (JsonArray?)blocks?.DeepClone(), null, Ws.BotUserId, Ws.BotId);
        else
            state.Messages.AddEphemeral(channel.Id, user.Id, body, (JsonArray?)blocks?.DeepClone(), null);
        return null;
    }

    private async Task<string?> MessageAsync(EmulatedUser user, EmulatedChannel channel, string text, CancellationToken ct)
    {
        var message = state.Messages.Add(channel.Id, SandboxText.ForMessage(text, Ws), null, null, user.Id, null);
        JsonObject? inner = channel.IsIm
            ? SandboxPayloads.MessageEvent("message", message, Ws.TeamId, "im")
            : message.Text!.Contains($"<@{Ws.BotUserId}>", StringComparison.Ordinal)
                ? SandboxPayloads.MessageEvent("app_mention", message, Ws.TeamId, null)
                : null;
        if (inner is null) return null;
        var reply = await slack.PostJsonAsync("slack/events", SandboxPayloads.EventEnvelope(Ws, inner, state.Time.GetUtcNow()).ToJsonString(), ct);
        return reply.IsOk ? null : $"PauseBot did not accept the event ({ErrorOf(reply)}).";
    }

    internal static string ErrorOf(SandboxReply reply) => reply.Status switch
    {
        0 => "operation_timeout",
        >= 500 => "dispatch_failed",
        _ => $"http_status_{reply.Status}",
    };

    internal static JsonObject? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// Handles a POST to a response URL: records it (Method <c>response_url</c>, Args = the posted JSON) and applies it —
/// <c>in_channel</c> posts a message, default/ephemeral stores an ephemeral message, <c>replace_original</c>/<c>delete_original</c>
/// act on the source message when the URL was created for one. Answers plain text <c>ok</c> like Slack's webhooks.
/// </summary>
internal static class ResponseUrlHandler
{
    public static async Task HandleAsync(HttpContext http, EmulatorState state, string id)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        JsonObject? posted = null;
        try { posted = JsonNode.Parse(raw) as JsonObject; }
        catch (JsonException) { }

        var at = state.Time.GetUtcNow();
        var fault = state.Faults.Take(CallLog.ResponseUrlMethod);
        var answer = await WebApiPipeline.BeforeHandlingAsync(http, state, fault).ConfigureAwait(false) ?? Answer(state, id, posted);
        var args = posted ?? new JsonObject { ["raw_body"] = raw };
        state.Calls.Add(new RecordedCall(CallLog.ResponseUrlMethod, args, at, answer.Status, answer.Ok, answer.Error, answer.Json));
        if (await WebApiPipeline.AfterHandlingAsync(http, state, fault).ConfigureAwait(false))
            await answer.WriteAsync(http.Response).ConfigureAwait(false);
    }

    private static HttpAnswer Answer(EmulatorState state, string id, JsonObject? posted)
    {
        var target = state.ResponseUrls.TryUse(id, out var error);
        if (target is null) return HttpAnswer.Text(404, error!, error);
        if (posted is null) return HttpAnswer.Text(400, "invalid_payload", "invalid_payload");
        try
        {
            Apply(state, target, posted);
            return HttpAnswer.Text(200, "ok", null);
        }
        catch (SlackApiError e)
        {
            return HttpAnswer.Text(400, e.Error, e.Error);
        }
    }

    private static void Apply(EmulatorState state, ResponseUrlTarget target, JsonObject posted)
    {
        var c = new ApiContext(state, CallLog.ResponseUrlMethod, posted);
        var messages = state.Messages;
        var ws = state.Workspace;
        if (c.Bool("delete_original") && target is { ChannelId: { } ch, MessageTs: { } ts })
        {
            messages.Delete(ch, ts);
            if (ChatContent.Read(c, required: false).IsEmpty) return;
        }

        var content = ChatContent.Read(c);
        if (c.Bool("replace_original") && target is { ChannelId: { } rc, MessageTs: { } rts } && messages.Find(rc, rts) is { IsDeleted: false })
        {
            messages.Update(rc, rts, content.Text, content.Blocks, content.Attachments);
            return;
        }

        if (target.ChannelId is not { } channel) return;
        if (c.Str("response_type") == "in_channel")
            messages.Add(channel, content.Text, content.Blocks, c.Str("thread_ts"), ws.BotUserId, ws.BotId, content.Metadata, content.Attachments);
        else if (target.UserId is { } user)
            messages.AddEphemeral(channel, user, content.Text, content.Blocks, c.Str("thread_ts"));
    }
}

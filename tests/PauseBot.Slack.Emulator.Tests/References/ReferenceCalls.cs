using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Slack.Emulator.Tests.References;

/// <summary>A valid call of every emulated method, sent the way its reference says Slack reads it.</summary>
internal static class ReferenceCalls
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Arguments of a call that should succeed on the default seed (setting up what the call needs first).</summary>
    public static JsonObject ValidArgs(string method, SlackEmulator emu)
    {
        var ws = emu.Workspace;
        var modal = new JsonObject
        {
            ["type"] = "modal", ["title"] = Plain("Form"), ["blocks"] = new JsonArray(Section("Hello")),
        };
        string Posted() => ws.Messages.Add(DefaultSeed.General, "posted", null, null, ws.BotUserId, ws.BotId, null).Ts;
        return method switch
        {
            "auth.test" or "apps.connections.open" => [],
            "chat.postMessage" => new() { ["channel"] = DefaultSeed.General, ["text"] = "hi" },
            "chat.postEphemeral" => new() { ["channel"] = DefaultSeed.General, ["user"] = DefaultSeed.Alice, ["text"] = "hi" },
            "chat.update" => new() { ["channel"] = DefaultSeed.General, ["ts"] = Posted(), ["text"] = "edited" },
            "chat.delete" => new() { ["channel"] = DefaultSeed.General, ["ts"] = Posted() },
            "chat.scheduleMessage" => new()
            {
                ["channel"] = DefaultSeed.General, ["text"] = "later",
                ["post_at"] = emu.State.Time.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            },
            "conversations.members" or "conversations.info" or "conversations.history" => new() { ["channel"] = DefaultSeed.General },
            "conversations.replies" => new() { ["channel"] = DefaultSeed.General, ["ts"] = Posted() },
            "conversations.open" => new() { ["users"] = DefaultSeed.Alice },
            "users.info" => new() { ["user"] = DefaultSeed.Alice },
            "users.lookupByEmail" => new() { ["email"] = ws.FindUser(DefaultSeed.Alice)!.Email },
            "views.open" or "views.push" => new() { ["trigger_id"] = emu.IssueTriggerId(), ["view"] = modal },
            "views.publish" => new() { ["user_id"] = DefaultSeed.Alice, ["view"] = new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray(Section("Home")) } },
            "views.update" => new() { ["view_id"] = OpenedViewId(emu, modal), ["view"] = modal.DeepClone() },
            _ => throw new InvalidOperationException($"No valid call for {method}: add one when the emulator serves a new method."),
        };
    }

    /// <summary>Sends <paramref name="args"/> as JSON or as form fields (objects and arrays JSON-encoded, as Slack expects).</summary>
    public static async Task<JsonObject> SendAsync(SlackEmulator emu, string method, JsonObject args, bool asJson)
    {
        using var http = emu.CreateClient(withBotToken: false);
        var token = method == "apps.connections.open" ? emu.AppToken : emu.BotToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using HttpContent content = asJson
            ? new StringContent(args.ToJsonString(), Encoding.UTF8, "application/json")
            : new FormUrlEncodedContent(args.Select(a => new KeyValuePair<string, string>(a.Key, FormValue(a.Value))));
        using var response = await http.PostAsync(method, content, Ct);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
    }

    /// <summary>Sends a valid call the way the reference says (JSON where supported, else form).</summary>
    public static Task<JsonObject> SendValidAsync(SlackEmulator emu, string method) =>
        SendAsync(emu, method, ValidArgs(method, emu), SlackMethodReferences.Find(method)!.JsonInputSupported);

    private static string FormValue(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        null => "",
        _ => value.ToJsonString(),
    };

    private static string OpenedViewId(SlackEmulator emu, JsonObject modal)
    {
        var opened = SendAsync(emu, "views.open", new JsonObject { ["trigger_id"] = emu.IssueTriggerId(), ["view"] = modal.DeepClone() }, true)
            .GetAwaiter().GetResult();
        return opened["view"]!["id"]!.GetValue<string>();
    }

    private static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text };

    private static JsonObject Section(string text) => new() { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } };
}

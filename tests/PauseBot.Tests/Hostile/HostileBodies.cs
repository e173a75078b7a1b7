using System.Text;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

namespace PauseBot.Tests.Hostile;

/// <summary>
/// Deterministic (seeded) malformed and hostile bodies for the three Slack endpoints: garbage and truncated bodies,
/// wrong content types, huge fields, invalid UTF-8, JSON with wrong types or missing fields, and command text carrying
/// Slack control sequences, sent by people who may not do what they ask.
/// </summary>
public sealed class HostileBodies(Random rng, string pauseId)
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";

    /// <summary>Text Slack users can type that must never come out live: mass pings, a disguised link, formatting.</summary>
    public static readonly string[] Payloads =
    [
        "<!channel>", "<!here>", "<!everyone>", "*bold*", "<https://evil.example|x>", "<!subteam^S0EVIL|@team>",
        "&lt;!channel&gt;", "<!channel|@channel>", "<@U0ALICE>", "`code` ~strike~ _it_", "\u202Eevil\u202C", "\0nul", "💥🔥", "",
    ];

    private static readonly string[] Users = [DefaultSeed.Alice, DefaultSeed.Bob, "U0NOBODY", "", "W0ENTERPRISE", "<!channel>"];
    private static readonly string[] Commands = ["/pause", "/resume", "/pausebot", "/evil", "", "pausebot", "/PAUSE"];
    private static readonly string[] ContentTypes =
        [Form, Json, "text/plain", "multipart/form-data; boundary=x", "application/xml", Form + "; charset=utf-16", "", "garbage/x;;"];

    public string Hostile() => string.Join(' ', Enumerable.Range(0, rng.Next(1, 5)).Select(_ => Payloads[rng.Next(Payloads.Length)]));

    private T Pick<T>(T[] items) => items[rng.Next(items.Length)];

    /// <summary>A slash command body (content type, bytes, kind).</summary>
    public (string? ContentType, byte[] Body, string Kind) Command()
    {
        var text = Pick<Func<string>>([
            () => $"chordus {Hostile()}", () => $"project add evil <#{DefaultSeed.Chordus}|chordus> {Hostile()}",
            () => $"lead add chordus <@{DefaultSeed.Alice}|alice> {Hostile()}", () => $"update chordus {Hostile()}",
            () => $"status {Hostile()}", () => $"chordus --until {Hostile()} --internal {Hostile()}", () => Hostile(),
            () => $"project channel add chordus <#{Hostile()}>", () => new string('x', rng.Next(4000, 60000)),
        ])();
        var fields = new List<(string, string)>
        {
            ("token", "t"), ("team_id", "T0PAUSEBOT"), ("channel_id", Pick([DefaultSeed.Chordus, "C0NOPE", "D0DM", ""])),
            ("user_id", Pick(Users)), ("user_name", "x"), ("command", Pick(Commands)), ("text", text),
            ("response_url", "https://hooks.slack.com/commands/T/1/x"), ("trigger_id", "1.2.3"),
        };
        return Shape(SlackTestClient.FormBody([.. fields.Where(_ => rng.Next(12) != 0)]), Form, "command");
    }

    /// <summary>An Events API body.</summary>
    public (string? ContentType, byte[] Body, string Kind) Event()
    {
        JsonNode? inner = Pick<Func<JsonNode?>>([
            () => Events.Message(Pick(Users), "D0DM", Hostile()), () => JsonValue.Create(rng.Next()), () => new JsonArray(),
            () => new JsonObject { ["type"] = new JsonArray(1, 2), ["user"] = 5, ["text"] = new JsonObject() },
            () => new JsonObject { ["type"] = "message", ["subtype"] = "bot_message", ["text"] = Hostile() }, () => null,
            () => Events.AppHomeOpened(Pick([DefaultSeed.Alice, "U0NOBODY"])), () => new JsonObject { ["type"] = new string('e', 70000) },
        ])();
        var envelope = new JsonObject
        {
            ["token"] = "t", ["team_id"] = Pick<JsonNode?>(["T0PAUSEBOT", 7, null]), ["type"] = Pick<JsonNode?>(["event_callback", "url_verification", "app_rate_limited", 1, null, "?"]),
            ["event"] = inner, ["event_id"] = Pick<JsonNode?>([$"EvH{rng.Next(1000)}", 42, null, new JsonArray()]),
            ["challenge"] = Pick<JsonNode?>(["c", 3, null, new JsonObject()]), ["event_time"] = Pick<JsonNode?>([1, "x", -1]),
        };
        foreach (var key in envelope.Select(p => p.Key).ToList())
            if (rng.Next(6) == 0) envelope.Remove(key);
        return Shape(envelope.ToJsonString(), Json, "event");
    }

    /// <summary>An interactivity body (<c>payload=</c> JSON in a form).</summary>
    public (string? ContentType, byte[] Body, string Kind) Interaction()
    {
        var user = Pick(Users);
        JsonNode payload = Pick<Func<JsonNode>>([
            () => SlackTestClient.BlockActionPayload(user, Pick(["pause_notify", "pause_ack", "question_ask_lead", "question_answer", "evil", ""]), Pick<string?>([pauseId, Hostile(), Guid.Empty.ToString(), null]), DefaultSeed.Chordus, "1.2", null, null),
            () => SlackTestClient.ViewSubmissionPayload(user, Pick(["pause_modal", "question_answer_modal", "evil"]), Hostile(),
                new Dictionary<string, Dictionary<string, string>> { ["reason"] = new() { ["reason"] = Hostile() } }),
            () => new JsonObject { ["type"] = Pick<JsonNode?>(["block_actions", "view_submission", "shortcut", 3, null]), ["user"] = Pick<JsonNode?>([user, 5, null]), ["actions"] = Pick<JsonNode?>([7, "x", new JsonArray(1)]) },
            () => JsonValue.Create(Hostile()), () => new JsonArray(Enumerable.Range(0, 3).Select(_ => (JsonNode?)rng.Next()).ToArray()),
        ])();
        var form = rng.Next(8) == 0 ? $"payload={Hostile()}" : SlackTestClient.FormBody(("payload", payload.ToJsonString()));
        return Shape(form, Form, "interaction");
    }

    // Most bodies go out as built; the rest are cut, garbled, given invalid UTF-8, a wrong content type, or made huge.
    private (string? ContentType, byte[] Body, string Kind) Shape(string text, string contentType, string kind)
    {
        var body = Encoding.UTF8.GetBytes(text);
        switch (rng.Next(10))
        {
            case 0: return (contentType, body[..rng.Next(body.Length + 1)], kind + ":truncated");
            case 1: return (contentType, RandomBytes(rng.Next(0, 2048)), kind + ":garbage");
            case 2:
                for (var i = 0; i < 1 + body.Length / 50; i++) body[rng.Next(body.Length)] = Pick<byte>([0xC3, 0xFF, 0x80, 0xED, 0xA0, 0x00]);
                return (contentType, body, kind + ":invalid-utf8");
            case 3: return (rng.Next(3) == 0 ? null : Pick(ContentTypes), body, kind + ":content-type");
            case 4 when rng.Next(20) == 0: return (contentType, RandomBytes(1024 * 1024 + rng.Next(1, 4096)), kind + ":too-large");
            default: return (contentType, body, kind);
        }
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        rng.NextBytes(bytes);
        return bytes;
    }
}

using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// One Web API call (or response_url post, <see cref="Method"/> = <c>"response_url"</c>) as the emulator saw and answered it.
/// <paramref name="Args"/> holds the form or JSON arguments as sent, normalised to JSON (blocks/view/attachments parsed; a JSON
/// body the method ignores is recorded too);
/// <paramref name="Response"/> is the JSON body sent back (null for non-JSON bodies such as injected 5xx pages).
/// </summary>
public sealed record RecordedCall(
    string Method,
    JsonObject Args,
    DateTimeOffset At,
    int HttpStatus,
    bool Ok,
    string? Error,
    JsonNode? Response)
{
    /// <summary>Position in the log (0-based, in arrival order of completion).</summary>
    public long Sequence { get; init; }

    /// <summary>How the arguments were sent (form, JSON, query); <see cref="CallTransport.Json"/> for response_url posts.</summary>
    public CallTransport Transport { get; init; }

    /// <summary>The bot scope the call needed for its conversation (from the method's reference), or null for none.</summary>
    public string? Scope { get; init; }

    /// <summary>Where the call strayed from the method's reference (empty for a conforming call).</summary>
    public IReadOnlyList<ConformanceIssue> Issues { get; init; } = [];

    /// <summary>The <c>channel</c> argument as sent (may be a user id for DMs).</summary>
    public string? Channel => Arg("channel");

    /// <summary>The <c>text</c> argument.</summary>
    public string? Text => Arg("text");

    /// <summary>The conversation id Slack answered with (<c>response.channel</c>), e.g. the <c>D…</c> id of a DM post.</summary>
    public string? ResponseChannel => Response?["channel"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The message ts Slack answered with (<c>response.ts</c>).</summary>
    public string? ResponseTs => Response?["ts"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A string argument, or null.</summary>
    public string? Arg(string name) => Args[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"#{Sequence} {Method} -> {HttpStatus} {(Ok ? "ok" : Error ?? "failed")} {Args.ToJsonString()}";
}

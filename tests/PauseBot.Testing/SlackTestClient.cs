using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Testing;

/// <summary>
/// Plays Slack towards a bot under test: signed slash commands, events and interactions on the bot's
/// <c>/slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactions</c> (relative to <c>http.BaseAddress</c>).
/// With <see cref="Emulator"/> set, missing response URLs and trigger ids are issued by the emulator (so follow-ups are
/// recorded there) and user/channel names come from its workspace. Like Slack, it waits <see cref="AckDeadline"/> (3 s) for
/// the bot's answer (end-to-end tests on the real clock pass <see cref="TestDeadlines.WallClock"/> instead): a late answer to a command or interaction throws <see cref="SlackAckTimeoutException"/> (the person
/// would see <c>operation_timeout</c>); a late answer to an event is retried at once with <c>X-Slack-Retry-Num</c> and
/// <c>X-Slack-Retry-Reason: http_timeout</c>, and throws when the retry is late too.
/// </summary>
public sealed partial class SlackTestClient(HttpClient http, string signingSecret, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The signer used for every request.</summary>
    public SlackSigner Signer { get; } = new(signingSecret, time);
    /// <summary>Optional emulator providing response URLs, trigger ids and names.</summary>
    public SlackEmulator? Emulator { get; init; }
    /// <summary><c>team_id</c> sent (default the emulator's <c>T0PAUSEBOT</c>).</summary>
    public string TeamId { get; init; } = DefaultTeamId;
    /// <summary><c>team_domain</c> sent.</summary>
    public string TeamDomain { get; init; } = DefaultTeamDomain;
    /// <summary><c>api_app_id</c> sent.</summary>
    public string ApiAppId { get; init; } = DefaultAppId;
    /// <summary>Deprecated verification <c>token</c> sent.</summary>
    public string VerificationToken { get; init; } = DefaultVerificationToken;
    /// <summary>The bot's user id used in event <c>authorizations</c>.</summary>
    public string BotUserId { get; init; } = "U0BOT";
    /// <summary>Path for slash commands.</summary>
    public string CommandsPath { get; init; } = "/slack/commands";
    /// <summary>Path for events.</summary>
    public string EventsPath { get; init; } = "/slack/events";
    /// <summary>Path for interactivity payloads.</summary>
    public string InteractionsPath { get; init; } = "/slack/interactions";
    /// <summary>The response_url of the last command sent.</summary>
    public string? LastResponseUrl { get; private set; }
    /// <summary>The trigger_id of the last command sent.</summary>
    public string? LastTriggerId { get; private set; }
    /// <summary>
    /// How long Slack waits for the bot's HTTP answer (its ack), measured on this client's <see cref="TimeProvider"/>: Slack's
    /// 3 s by default, for tests that drive that clock; <see cref="TestDeadlines.WallClock"/> for tests on the real clock.
    /// Slack's later event retries (after 1 and 5 minutes) are not played: a handler that misses the deadline twice fails.
    /// </summary>
    public TimeSpan AckDeadline { get; init; } = SlackEmulatorOptions.SlackDeadline;
    /// <summary>Requests whose answer came too late (described as <c>event Ev… attempt 0</c>, <c>command /pause</c>, …), in order.</summary>
    public IReadOnlyList<string> LateAcks
    {
        get { lock (_lateAcks) return [.. _lateAcks]; }
    }

    private readonly List<string> _lateAcks = [];

    /// <summary>Sends a slash command as a signed form post, fields in Slack's order.</summary>
    public Task<HttpResponseMessage> SendCommandAsync(string command, string text, string userId, string channelId,
        string? responseUrl = null, string? triggerId = null, string? userName = null, string? channelName = null,
        CancellationToken ct = default)
    {
        LastResponseUrl = responseUrl ?? Emulator?.CreateResponseUrl(channelId, userId)
            ?? $"https://hooks.slack.com/commands/{TeamId}/{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}/{Guid.NewGuid():N}";
        LastTriggerId = triggerId ?? Emulator?.IssueTriggerId() ?? FabricatedTriggerId();
        var body = FormBody(
            ("token", VerificationToken), ("team_id", TeamId), ("team_domain", TeamDomain), ("channel_id", channelId),
            ("channel_name", channelName ?? Emulator?.Workspace.FindChannel(channelId)?.Name ?? "directmessage"),
            ("user_id", userId), ("user_name", userName ?? Emulator?.Workspace.FindUser(userId)?.Name ?? userId.ToLowerInvariant()),
            ("command", command), ("text", text), ("api_app_id", ApiAppId), ("is_enterprise_install", "false"),
            ("response_url", LastResponseUrl), ("trigger_id", LastTriggerId));
        return WithinDeadlineAsync($"command {command}",
            token => SendRawAsync(CommandsPath, "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(body), ct: token), ct);
    }

    /// <summary>
    /// Wraps <paramref name="eventInner"/> in an <c>event_callback</c> envelope and posts it signed, with retry headers if given.
    /// An answer later than <see cref="AckDeadline"/> is retried once at once (retry number + 1, reason <c>http_timeout</c>), as
    /// Slack does; a late retry throws <see cref="SlackAckTimeoutException"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SendEventAsync(JsonObject eventInner, string? eventId = null, int? retryNum = null,
        string? retryReason = null, string? teamId = null, CancellationToken ct = default)
    {
        var envelope = EventEnvelope(eventInner, eventId, teamId);
        var body = Encoding.UTF8.GetBytes(envelope.ToJsonString());
        var first = retryNum ?? 0;
        for (var attempt = first; ; attempt++)
        {
            var headers = new Dictionary<string, string>();
            if (attempt > 0)
            {
                headers["X-Slack-Retry-Num"] = attempt.ToString(CultureInfo.InvariantCulture);
                headers["X-Slack-Retry-Reason"] = attempt == first && retryReason is not null ? retryReason : "http_timeout";
            }
            try
            {
                return await WithinDeadlineAsync($"event {envelope["event_id"]} attempt {attempt}",
                    token => SendRawAsync(EventsPath, "application/json", body, headers: headers, ct: token), ct).ConfigureAwait(false);
            }
            catch (SlackAckTimeoutException) when (attempt == first)
            {
                // Slack retries "nearly immediately" with X-Slack-Retry-Num: 1 … (then after 1 and 5 minutes: not played here).
            }
        }
    }

    /// <summary>
    /// Posts an interactivity payload as Slack does: form body <c>payload=&lt;url-encoded JSON&gt;</c>, signed. With
    /// <see cref="Emulator"/> set, a <c>trigger_id</c> the emulator did not issue (the payload builders fabricate one) is
    /// replaced by a fresh one it issues, as Slack issues a trigger with every interaction (it then lasts 3 s, single use).
    /// </summary>
    public Task<HttpResponseMessage> SendInteractionAsync(JsonObject payload, CancellationToken ct = default) =>
        WithinDeadlineAsync($"interaction {payload["type"]}", token => SendRawAsync(InteractionsPath, "application/x-www-form-urlencoded",
            Encoding.UTF8.GetBytes(FormBody(("payload", WithIssuedTrigger(payload, Emulator).ToJsonString()))), ct: token), ct);

    /// <summary>Sends, giving the bot <see cref="AckDeadline"/> to answer (on this client's clock); late → <see cref="SlackAckTimeoutException"/>.</summary>
    private async Task<HttpResponseMessage> WithinDeadlineAsync(string what, Func<CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(AckDeadline, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            return await send(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            lock (_lateAcks) _lateAcks.Add(what);
            throw new SlackAckTimeoutException(
                $"The bot did not answer {what} within {AckDeadline.TotalSeconds:0.###} s (Slack allows 3 s): Slack would count it as failed.");
        }
    }

    /// <summary><paramref name="payload"/>, with its <c>trigger_id</c> replaced by one <paramref name="emulator"/> issues unless it issued it.</summary>
    public static JsonObject WithIssuedTrigger(JsonObject payload, SlackEmulator? emulator)
    {
        if (emulator is null || payload["trigger_id"] is null || emulator.State.WasIssued(payload["trigger_id"]?.GetValue<string>())) return payload;
        var copy = (JsonObject)payload.DeepClone();
        copy["trigger_id"] = emulator.IssueTriggerId();
        return copy;
    }

    /// <summary>
    /// Posts exact bytes. <paramref name="sign"/> = false sends no Slack headers; the overrides replace the header values
    /// (a timestamp override is also what gets signed, so a stale-but-correctly-signed request can be built).
    /// </summary>
    public async Task<HttpResponseMessage> SendRawAsync(string path, string contentType, byte[] body, bool sign = true,
        string? timestampOverride = null, string? signatureOverride = null, IReadOnlyDictionary<string, string>? headers = null,
        CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (sign)
        {
            var (ts, signature) = Signer.Sign(body, timestampOverride);
            request.Headers.TryAddWithoutValidation(SlackSigner.TimestampHeader, ts);
            request.Headers.TryAddWithoutValidation(SlackSigner.SignatureHeader, signatureOverride ?? signature);
        }
        else
        {
            if (timestampOverride is not null) request.Headers.TryAddWithoutValidation(SlackSigner.TimestampHeader, timestampOverride);
            if (signatureOverride is not null) request.Headers.TryAddWithoutValidation(SlackSigner.SignatureHeader, signatureOverride);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
        return await http.SendAsync(request, ct).ConfigureAwait(false);
    }

    /// <summary>The <c>event_callback</c> envelope <see cref="SendEventAsync"/> sends.</summary>
    public JsonObject EventEnvelope(JsonObject eventInner, string? eventId = null, string? teamId = null)
    {
        var team = teamId ?? TeamId;
        var inner = (JsonObject)eventInner.DeepClone();
        inner["event_ts"] ??= Events.NextTs();
        return new JsonObject
        {
            ["token"] = VerificationToken, ["team_id"] = team, ["api_app_id"] = ApiAppId, ["event"] = inner,
            ["type"] = "event_callback", ["event_id"] = eventId ?? NewEventId(), ["event_time"] = _time.GetUtcNow().ToUnixTimeSeconds(),
            ["authorizations"] = new JsonArray(new JsonObject
            {
                ["enterprise_id"] = null, ["team_id"] = team, ["user_id"] = BotUserId, ["is_bot"] = true, ["is_enterprise_install"] = false,
            }),
            ["is_ext_shared_channel"] = false, ["event_context"] = $"4-{inner["type"]}-{team}-{inner["channel"]}",
        };
    }

    /// <summary>A fresh unique event id (<c>Ev…</c>).</summary>
    public static string NewEventId() => "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>
    /// <c>application/x-www-form-urlencoded</c> body like Slack's (Python <c>urlencode</c>): space as <c>+</c>,
    /// everything but <c>A-Z a-z 0-9 - _ . ~</c> percent-encoded (UTF-8).
    /// </summary>
    public static string FormBody(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => $"{Encode(f.Name)}={Encode(f.Value)}"));

    private static string Encode(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);

    private static string FabricatedTriggerId() =>
        $"{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}.{Random.Shared.Next(10_000_000, 99_999_999)}.{Guid.NewGuid():N}";
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PauseBot.Testing;

/// <summary>
/// Signs requests exactly as Slack does (PROTOCOL.md §1): <c>X-Slack-Request-Timestamp</c> = unix seconds and
/// <c>X-Slack-Signature</c> = <c>v0=</c> + lowercase hex HMAC-SHA256(key = secret as UTF-8, <c>v0:{ts}:{rawBody}</c>).
/// Deliberately independent of the production verifier in PauseBot.Slack.
/// </summary>
public sealed class SlackSigner(string signingSecret, TimeProvider? time = null)
{
    /// <summary>Header carrying the unix timestamp.</summary>
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    /// <summary>Header carrying the signature.</summary>
    public const string SignatureHeader = "X-Slack-Signature";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The signing secret.</summary>
    public string SigningSecret { get; } = signingSecret;

    /// <summary>Now as Slack's timestamp string (unix seconds).</summary>
    public string CurrentTimestamp() => _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Signs <paramref name="body"/> at <paramref name="timestamp"/> (default now); returns both header values.</summary>
    public (string Timestamp, string Signature) Sign(ReadOnlySpan<byte> body, string? timestamp = null)
    {
        var ts = timestamp ?? CurrentTimestamp();
        return (ts, Compute(SigningSecret, ts, body));
    }

    /// <summary>Adds both Slack headers to <paramref name="request"/> for <paramref name="body"/>.</summary>
    public void Apply(HttpRequestMessage request, ReadOnlySpan<byte> body, string? timestamp = null)
    {
        var (ts, signature) = Sign(body, timestamp);
        request.Headers.Remove(TimestampHeader);
        request.Headers.Remove(SignatureHeader);
        request.Headers.TryAddWithoutValidation(TimestampHeader, ts);
        request.Headers.TryAddWithoutValidation(SignatureHeader, signature);
    }

    /// <summary><c>v0=</c> + lowercase hex HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message));
    }

    /// <summary>Same as <see cref="Compute(string, string, ReadOnlySpan{byte})"/> for a string body (UTF-8).</summary>
    public static string Compute(string signingSecret, string timestamp, string body) =>
        Compute(signingSecret, timestamp, Encoding.UTF8.GetBytes(body));

    /// <summary>Constant-time check of a signature over the raw body bytes (no timestamp window check).</summary>
    public static bool Verify(string signingSecret, string timestamp, ReadOnlySpan<byte> body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(signingSecret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PauseBot.Slack.Signing;

/// <summary>
/// Verifies <c>X-Slack-Signature</c> (<c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c>, keyed with the
/// signing secret) and rejects timestamps more than five minutes away from now, in either direction.
/// See https://docs.slack.dev/authentication/verifying-requests-from-slack.
/// </summary>
public sealed class SlackSignatureVerifier(TimeProvider time)
{
    /// <summary>Largest accepted distance between the request timestamp and now.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const string Version = "v0";

    /// <summary>Checks one request. Pass the raw body bytes exactly as received, before any parsing.</summary>
    /// <exception cref="ArgumentException">The signing secret is empty: refuse rather than accept everything.</exception>
    public SignatureCheck Verify(string signingSecret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader))
            return SignatureCheck.MissingHeaders;
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.MalformedTimestamp;

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs((decimal)now - seconds) > (decimal)MaxClockSkew.TotalSeconds)
            return SignatureCheck.StaleTimestamp;

        var expected = Encoding.ASCII.GetBytes(ComputeSignature(signingSecret, timestampHeader, body));
        var actual = Encoding.ASCII.GetBytes(signatureHeader.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.BadSignature;
    }

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send: <c>v0=</c> + lowercase hex.</summary>
    public static string ComputeSignature(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return $"{Version}={Convert.ToHexStringLower(hash)}";
    }
}

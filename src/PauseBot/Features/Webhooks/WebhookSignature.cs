using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PauseBot.Features.Webhooks;

/// <summary>
/// Signs a delivery the way Slack signs its requests: <c>X-PauseBot-Signature: v0=hex(HMAC-SHA256(secret,
/// "v0:{timestamp}:{body}"))</c> with <c>X-PauseBot-Timestamp</c> in Unix seconds. Receivers should recompute it
/// over the raw body, compare in constant time, and refuse timestamps more than 5 minutes off.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-PauseBot-Signature";
    public const string TimestampHeader = "X-PauseBot-Timestamp";
    public const string DeliveryHeader = "X-PauseBot-Delivery";
    public const string EventHeader = "X-PauseBot-Event";

    public static string Sign(string secret, long timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v0:{timestamp}:{body}"))));

    /// <summary>A fresh secret for a new subscription (shown once to the admin who added it).</summary>
    public static string NewSecret() =>
        "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PauseBot.Configuration;

namespace PauseBot.Features.Api;

/// <summary>
/// Expiring signed links to the CSV export, so finance can open one without an API key. The signature is an
/// HMAC-SHA256 over the project, range and expiry with a key derived (HKDF) from <c>Slack:SigningSecret</c>; the
/// derived key signs nothing else, and rotating the signing secret invalidates every link. A Socket Mode deployment
/// may have no signing secret; then the app-level token (equally private to the app) is the key material.
/// </summary>
public sealed class ExportLinks
{
    private readonly byte[] _key;
    private readonly IOptions<PauseBotOptions> _options;

    public ExportLinks(IConfiguration configuration, IOptions<PauseBotOptions> options)
    {
        var secret = new[] { configuration["Slack:SigningSecret"], configuration["Slack:AppToken"] }.FirstOrDefault(v => !string.IsNullOrEmpty(v))
                     ?? throw new InvalidOperationException("Export links need Slack:SigningSecret or Slack:AppToken.");
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, info: "pausebot:export-link:v1"u8.ToArray());
        _options = options;
    }

    /// <summary>The path and query of a link valid until now + <see cref="PauseBotOptions.ExportLinkLifetime"/>.</summary>
    public string PathFor(string projectKey, DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now)
    {
        var f = from is { } a ? Instants.Format(a) : "";
        var t = to is { } b ? Instants.Format(b) : "";
        var expires = (now + _options.Value.ExportLinkLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var query = new List<string>();
        if (f.Length > 0) query.Add("from=" + Uri.EscapeDataString(f));
        if (t.Length > 0) query.Add("to=" + Uri.EscapeDataString(t));
        query.Add("expires=" + expires);
        query.Add("sig=" + Sign(projectKey, f, t, expires));
        return $"/api/v1/projects/{Uri.EscapeDataString(projectKey)}/pauses.csv?{string.Join('&', query)}";
    }

    /// <summary>True when <paramref name="sig"/> signs exactly these values and the link has not expired.</summary>
    public bool IsValid(string projectKey, string? from, string? to, string? expires, string? sig, DateTimeOffset now)
    {
        if (sig is null || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)) return false;
        if (now.ToUnixTimeSeconds() > unix) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(projectKey, from ?? "", to ?? "", expires!));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(sig.ToLowerInvariant()));
    }

    private string Sign(string projectKey, string from, string to, string expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{projectKey}\n{from}\n{to}\n{expires}")));
}

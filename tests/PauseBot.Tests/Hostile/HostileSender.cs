using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using PauseBot.Testing;

namespace PauseBot.Tests.Hostile;

/// <summary>Signs each generated request as its <see cref="Signing"/> says (at send time) and sends them concurrently.</summary>
public sealed class HostileSender(HttpClient http, string secret, Random rng)
{
    private readonly object _gate = new();

    /// <summary>Sends all; returns each request with the status and body of its answer.</summary>
    public async Task<IReadOnlyList<(HostileRequest Request, int Status, string Body)>> SendAllAsync(
        IReadOnlyList<HostileRequest> requests, int concurrency, CancellationToken ct)
    {
        var results = new ConcurrentBag<(HostileRequest, int, string)>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct },
            async (request, token) =>
            {
                var (status, body) = await SendAsync(request, token);
                results.Add((request, status, body));
            });
        return [.. results];
    }

    private async Task<(int Status, string Body)> SendAsync(HostileRequest r, CancellationToken ct)
    {
        var body = r.Body;
        using var message = new HttpRequestMessage(HttpMethod.Post, r.Path);
        string? ts, signature;
        lock (_gate) (ts, signature, body) = Sign(r.Signing, body);
        message.Content = new ByteArrayContent(body);
        if (r.ContentType is not null && MediaTypeHeaderValue.TryParse(r.ContentType, out var type)) message.Content.Headers.ContentType = type;
        else if (r.ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", r.ContentType);
        if (ts is not null) message.Headers.TryAddWithoutValidation(SlackSigner.TimestampHeader, ts);
        if (signature is not null) message.Headers.TryAddWithoutValidation(SlackSigner.SignatureHeader, signature);
        using var response = await http.SendAsync(message, ct);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    private (string? Ts, string? Signature, byte[] Body) Sign(Signing signing, byte[] body)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var ts = now.ToString(CultureInfo.InvariantCulture);
        var good = SlackSigner.Compute(secret, ts, body);
        switch (signing)
        {
            case Signing.Valid: return (ts, good, body);
            case Signing.None: return (null, null, body);
            case Signing.Stale:
                var skew = rng.Next(2) == 0 ? -rng.NextInt64(301, 400_000_000) : rng.NextInt64(301, 100_000_000);
                var old = (now + skew).ToString(CultureInfo.InvariantCulture);
                return (old, SlackSigner.Compute(secret, old, body), body);
            case Signing.TamperedBody:
                var tampered = rng.Next(3) switch
                {
                    0 when body.Length > 0 => Flip(body),
                    1 when body.Length > 0 => body[..^1],
                    _ => [.. body, (byte)'&', (byte)'x'],
                };
                return (ts, good, tampered);
            case Signing.WrongSecret: return (ts, SlackSigner.Compute(secret + "x", ts, body), body);
            case Signing.GarbageSignature:
                string[] garbage = ["", "v0=", "v1=" + good[3..], good[..^2], good.ToUpperInvariant(), "v0=" + new string('0', 64), good + "00", "v0=zz"];
                return (ts, garbage[rng.Next(garbage.Length)], body);
            case Signing.GarbageTimestamp:
                string[] stamps = ["", "abc", "-1", "1e9", ts + ".5", "99999999999999999999999", " " + ts, "0x10"];
                var stamp = stamps[rng.Next(stamps.Length)];
                return (stamp, SlackSigner.Compute(secret, stamp, body), body);
            default: // HalfSigned
                return rng.Next(2) == 0 ? (ts, null, body) : (null, good, body);
        }
    }

    private byte[] Flip(byte[] body)
    {
        var copy = (byte[])body.Clone();
        copy[rng.Next(copy.Length)] ^= (byte)(1 << rng.Next(8));
        return copy;
    }
}

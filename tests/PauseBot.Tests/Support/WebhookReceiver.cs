using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PauseBot.Tests.Support;

/// <summary>
/// A real webhook receiver on loopback (its own Kestrel app). It verifies each POST's signature independently of the
/// bot's code, answers 503 while <see cref="Down"/>, and records what it accepted.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Delivery> _accepted = new();
    private readonly SemaphoreSlim _answered = new(0);
    private int _refused;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>Set after the bot shows it; requests are checked against it.</summary>
    public string Secret { get; set; } = "";
    public bool Down { get; set; }
    public Uri Url { get; private set; } = null!;
    public IReadOnlyList<Delivery> Accepted => _accepted.ToList();
    public int Refused => Volatile.Read(ref _refused);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/hook", (Delegate)receiver.HandleAsync);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        if (Down)
        {
            Interlocked.Increment(ref _refused);
            _answered.Release();
            return Results.StatusCode(503);
        }
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var ts = http.Request.Headers["X-PauseBot-Timestamp"].ToString();
        var sig = http.Request.Headers["X-PauseBot-Signature"].ToString();
        var expected = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}")));
        var fresh = long.TryParse(ts, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
                    && Math.Abs(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() - unix) <= 300;
        if (!fresh || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(sig)))
            return Results.Unauthorized();
        _accepted.Enqueue(new Delivery(http.Request.Headers["X-PauseBot-Delivery"].ToString(), JsonNode.Parse(body)!.AsObject()));
        _answered.Release();
        return Results.NoContent();
    }

    /// <summary>Waits until <paramref name="count"/> deliveries were accepted.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count, TimeSpan timeout, CancellationToken ct)
    {
        await WaitUntilAsync(() => _accepted.Count >= count, $"Expected {count} webhook deliveries", timeout, ct);
        return Accepted;
    }

    /// <summary>Waits until <paramref name="count"/> requests were refused (answered 503 while <see cref="Down"/>).</summary>
    public Task WaitForRefusedAsync(int count, TimeSpan timeout, CancellationToken ct) =>
        WaitUntilAsync(() => Refused >= count, $"Expected {count} refused webhook requests", timeout, ct);

    // Checked again each time a request has been answered (accepted or refused).
    private async Task WaitUntilAsync(Func<bool> condition, string expected, TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            while (!condition()) await _answered.WaitAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{expected}; got {_accepted.Count} accepted and {Refused} refused.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One accepted POST: its <c>X-PauseBot-Delivery</c> id and JSON body.</summary>
    public sealed record Delivery(string Id, JsonObject Body)
    {
        public string Type => Body["type"]!.GetValue<string>();
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PauseBot.TimeTracking.StandIns;

/// <summary>
/// The shared part of the stand-ins: Kestrel on 127.0.0.1 with an ephemeral port, every request through
/// faults → handler (under the stand-in's state lock) → call log → answer. A subclass answers its vendor's paths.
/// </summary>
public abstract class StandInServer : IAsyncDisposable
{
    private WebApplication? app;

    protected StandInServer(TimeProvider? time) => Time = time ?? TimeProvider.System;

    /// <summary>The clock the stand-in stamps entries and stops timers with.</summary>
    public TimeProvider Time { get; }

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri Origin { get; private set; } = null!;

    /// <summary>Every request answered, in order.</summary>
    public StandInCallLog Calls { get; } = new();

    /// <summary>Injected failures.</summary>
    public StandInFaults Faults { get; } = new();

    /// <summary>Guards the vendor state; handlers run under it.</summary>
    protected Lock State { get; } = new();

    /// <summary>Answers one request; runs under <see cref="State"/>.</summary>
    protected abstract StandInResponse Handle(StandInRequest request);

    protected async Task StartServerAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = GetType().Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(ServeAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Origin = new Uri($"http://127.0.0.1:{new Uri(address).Port}/");
    }

    private async Task ServeAsync(HttpContext http)
    {
        var request = await ReadAsync(http.Request);
        var at = Time.GetUtcNow();
        var fault = Faults.Take(request.Method, request.Path);
        StandInResponse? response = fault?.Kind switch
        {
            StandInFaultKind.HttpError => StandInResponse.Page(fault.StatusCode),
            StandInFaultKind.RateLimited => new StandInResponse(429, """{"error":"Too Many Requests"}""",
                new Dictionary<string, string> { ["Retry-After"] = ((int)Math.Ceiling(fault.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            _ => null,
        };
        if (fault?.Kind == StandInFaultKind.Drop || (fault?.Kind == StandInFaultKind.Hang && !await Faults.HoldAsync(http.RequestAborted)))
        {
            Record(request, 0, at);
            http.Abort();
            return;
        }
        if (response is null)
            lock (State) response = Handle(request);
        Record(request, response.Status, at);
        if (fault?.Kind == StandInFaultKind.HangAfterHandling && !await Faults.HoldAsync(http.RequestAborted))
        {
            http.Abort();
            return;
        }
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            http.Response.Headers[name] = value;
        http.Response.ContentType = response.Body.StartsWith('<') ? "text/html" : "application/json; charset=utf-8";
        await http.Response.WriteAsync(response.Body);
    }

    private void Record(StandInRequest request, int status, DateTimeOffset at) =>
        Calls.Add(new StandInCall(request.Method, request.Path, request.Query.Count == 0 ? "" : "?" + string.Join('&', request.Query.Select(q => $"{q.Key}={q.Value}")),
            request.Headers, request.Body, status, at));

    private static async Task<StandInRequest> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var path = request.Path.Value ?? "/";
        return new StandInRequest(request.Method.ToUpperInvariant(), path,
            path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray(),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            new Dictionary<string, string>(request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())), StringComparer.OrdinalIgnoreCase),
            body);
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        Faults.Reset();
        if (app is null) return;
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

namespace PauseBot.Sandbox;

/// <summary>
/// <c>GET /sandbox/api/events</c>: server-sent events, one <c>data: {version}</c> line whenever the workspace may have
/// changed (the page then reloads its state) and a comment every 15 s so proxies keep the stream open.
/// </summary>
internal static class SandboxEventStream
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async Task WriteAsync(HttpContext http, SandboxChanges changes, IHostApplicationLifetime lifetime)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var ct = stop.Token;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var seen = changes.Version;
        try
        {
            await http.Response.WriteAsync($"data: {seen}\n\n", ct);
            await http.Response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                var version = await changes.WaitAsync(seen, KeepAlive, ct);
                await http.Response.WriteAsync(version == seen ? ": keep-alive\n\n" : $"data: {version}\n\n", ct);
                await http.Response.Body.FlushAsync(ct);
                seen = version;
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the sandbox is stopping.
        }
    }
}

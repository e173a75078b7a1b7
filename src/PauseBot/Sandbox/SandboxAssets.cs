using System.Reflection;

namespace PauseBot.Sandbox;

/// <summary>The page's files (src/PauseBot/wwwroot), embedded in the assembly so the sandbox works from any working directory.</summary>
internal static class SandboxAssets
{
    private static readonly Assembly Assembly = typeof(SandboxAssets).Assembly;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static async Task WriteAsync(HttpContext http, string file)
    {
        var type = Types.GetValueOrDefault(Path.GetExtension(file));
        await using var stream = type is null || file.Contains('/') || file.Contains('\\')
            ? null
            : Assembly.GetManifestResourceStream("wwwroot/" + (file == "index.html" ? "" : "sandbox/") + file);
        if (stream is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = type;
        http.Response.Headers.CacheControl = "no-cache";
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}

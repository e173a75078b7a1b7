using PauseBot.Persistence.Integrations;

namespace PauseBot.Features.Api;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c> on <c>/api/v1</c>: 401 (with <c>WWW-Authenticate: Bearer</c>) without a
/// header, with another scheme, or with an unknown or revoked key. The key itself is never logged.
/// </summary>
public static class ApiKeyAuthentication
{
    public static async Task<bool> IsAuthenticatedAsync(HttpContext http, ApiKeyStore keys)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        var presented = header["Bearer ".Length..].Trim();
        return presented.Length > 0 && await keys.AuthenticateAsync(presented, http.RequestAborted) is not null;
    }

    /// <summary>The endpoint filter for the API group.</summary>
    public static async ValueTask<object?> RequireKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (await IsAuthenticatedAsync(http, http.RequestServices.GetRequiredService<ApiKeyStore>()))
            return await next(context);
        return Unauthorized(http);
    }

    public static IResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
            detail: "Send an API key as `Authorization: Bearer <key>`. An admin creates one with `/pausebot apikey create <name>`.");
    }
}

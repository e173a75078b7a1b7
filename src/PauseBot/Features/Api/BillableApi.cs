using System.Globalization;
using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Persistence.ApiKeys;

namespace PauseBot.Features.Api;

/// <summary>
/// The HTTP API for time trackers: "is project P billable at instant T?" from the one billable rule, and the pause
/// history — public facts only, never the internal note. Every call needs <c>Authorization: Bearer &lt;API key&gt;</c>.
/// </summary>
public static class BillableApi
{
    public static IEndpointRouteBuilder MapBillableApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter(RequireApiKeyAsync).WithTags("Billable");
        api.MapGet("/projects/{key}/billable", BillableAsync)
            .WithSummary("Is work on the project at the instant billable? `at` is ISO-8601 (default: now).")
            .Produces<BillableResponse>().ProducesProblem(StatusCodes.Status400BadRequest).Produces(StatusCodes.Status401Unauthorized).Produces(StatusCodes.Status404NotFound);
        api.MapGet("/projects/{key}/pauses", PausesAsync)
            .WithSummary("The project's pause history (oldest first), without internal notes.")
            .Produces<IReadOnlyList<PauseDto>>().Produces(StatusCodes.Status401Unauthorized).Produces(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> BillableAsync(string key, string? at, IPauseBotStore store, TimeProvider time, CancellationToken ct)
    {
        var instant = time.GetUtcNow();
        if (at is not null && !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant))
            return Results.Problem($"'at' must be an ISO-8601 instant such as 2026-04-07T09:00:00Z, not '{at}'.", statusCode: 400);
        instant = instant.ToUniversalTime();
        if (await store.FindProjectAsync(key, ct) is not { } project) return Results.NotFound();
        var history = await store.PausesAsync(project.Key, ct);
        var blocking = BillableRule.BlockingPause(history, instant);
        return Results.Ok(new BillableResponse(project.Key, instant, blocking is null,
            blocking is null ? null : new PauseSummary(blocking.EffectiveAt, blocking.IntervalEnd, blocking.ExpectedResumeAt, blocking.PublicReason)));
    }

    private static async Task<IResult> PausesAsync(string key, IPauseBotStore store, CancellationToken ct)
    {
        if (await store.FindProjectAsync(key, ct) is not { } project) return Results.NotFound();
        var pauses = await store.PausesAsync(project.Key, ct);
        return Results.Ok(pauses.Where(p => p.State != PauseState.Cancelled).Select(p => new PauseDto(
            p.Id, p.State.ToString().ToLowerInvariant(), p.EffectiveAt, p.IntervalEnd, p.ExpectedResumeAt, p.PublicReason, p.PausedBy, p.EndedBy)).ToList());
    }

    private static async ValueTask<object?> RequireApiKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        var keys = http.RequestServices.GetRequiredService<ApiKeyStore>();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || await keys.AuthenticateAsync(header["Bearer ".Length..].Trim(), http.RequestAborted) is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem("Send an API key as 'Authorization: Bearer <key>' (an admin creates one with /pausebot apikey create <name>).", statusCode: 401);
        }
        return await next(context);
    }
}

/// <summary>Answer of <c>GET /api/v1/projects/{key}/billable</c>.</summary>
public sealed record BillableResponse(string Project, DateTimeOffset At, bool Billable, PauseSummary? Pause);

/// <summary>The pause that makes an instant non-billable.</summary>
public sealed record PauseSummary(DateTimeOffset EffectiveAt, DateTimeOffset? EndsAt, DateTimeOffset? ExpectedResumeAt, string PublicReason);

/// <summary>One pause in <c>GET /api/v1/projects/{key}/pauses</c>.</summary>
public sealed record PauseDto(Guid Id, string State, DateTimeOffset EffectiveAt, DateTimeOffset? EndedAt, DateTimeOffset? ExpectedResumeAt,
    string PublicReason, string PausedBy, string? EndedBy);

using PauseBot.Core.Projects;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Persistence.Integrations;

namespace PauseBot.Features.Api;

/// <summary>
/// <c>/api/v1</c> for other systems: time trackers ask whether an instant is billable (from the one billable rule),
/// and finance reads the pause history and the CSV export. API key required (the CSV also takes a signed link).
/// </summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapPauseBotApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/projects/{key}").WithTags("Projects");
        api.MapGet("/billable", BillableAsync).AddEndpointFilter(ApiKeyAuthentication.RequireKeyAsync)
            .WithName("GetBillable").WithSummary("Whether work on the project at an instant is billable.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/pauses", PausesAsync).AddEndpointFilter(ApiKeyAuthentication.RequireKeyAsync)
            .WithName("GetPauses").WithSummary("The project's pause history (public fields only).")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/pauses.csv", CsvAsync)
            .WithName("GetPausesCsv").WithSummary("Pause intervals as CSV (API key, or a signed link from /pausebot export).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static async Task<Results<Ok<BillableAnswer>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> BillableAsync(
        string key, string? at, IProjectStore projects, IPauseStore pauseStore, TrackerStore trackers, TimeProvider time, CancellationToken ct)
    {
        DateTimeOffset instant;
        if (at is null) instant = time.GetUtcNow();
        else if (Instants.ParseInstant(at) is { } parsed) instant = parsed;
        else return TypedResults.BadRequest(Problem(400, "Bad `at`",
            $"'{at}' is not an ISO-8601 instant with an offset, e.g. 2026-04-07T09:00:00Z or 2026-04-07T11:00:00+02:00."));
        if (await projects.FindProjectAsync(key, ct) is not { } project) return TypedResults.NotFound(UnknownProject(key));
        var blocking = BillableRule.BlockingPause(await pauseStore.PausesAsync(project.Key, ct), instant);
        var link = TrackerLinkRecord.From(await trackers.FindLinkAsync(project.Key, ct));
        if (blocking is null) return TypedResults.Ok(new BillableAnswer(project.Key, instant, true, null, link));
        var late = (await trackers.LateTotalsAsync([blocking.Id], ct)).GetValueOrDefault(blocking.Id);
        return TypedResults.Ok(new BillableAnswer(project.Key, instant, false,
            BlockingPause.From(blocking) with { LateEntries = late.Entries, LateHours = late.Hours }, link));
    }

    private static async Task<Results<Ok<PauseHistory>, NotFound<ProblemDetails>>> PausesAsync(string key, IProjectStore projects, IPauseStore pauseStore,
        TrackerStore trackers, CancellationToken ct)
    {
        if (await projects.FindProjectAsync(key, ct) is not { } project) return TypedResults.NotFound(UnknownProject(key));
        var pauses = await pauseStore.PausesAsync(project.Key, ct);
        var late = await trackers.LateTotalsAsync([.. pauses.Select(p => p.Id)], ct);
        return TypedResults.Ok(new PauseHistory(project.Key, pauses.Select(p => PauseRecord.From(p) with
        {
            LateEntries = late.GetValueOrDefault(p.Id).Entries, LateHours = late.GetValueOrDefault(p.Id).Hours,
        }).ToList(), TrackerLinkRecord.From(await trackers.FindLinkAsync(project.Key, ct))));
    }

    private static async Task<IResult> CsvAsync(string key, string? from, string? to, string? expires, string? sig, HttpContext http,
        IProjectStore projects, IPauseStore pauseStore, TrackerStore trackers, ApiKeyStore keys, ExportLinks links, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!await ApiKeyAuthentication.IsAuthenticatedAsync(http, keys) && !links.IsValid(key, from, to, expires, sig, now))
            return sig is null ? ApiKeyAuthentication.Unauthorized(http)
                : TypedResults.Problem(statusCode: 401, title: "Link expired or invalid", detail: "Ask for a new link with `/pausebot export`.");
        var f = Instants.ParseInstantOrDate(from);
        var t = Instants.ParseInstantOrDate(to);
        if ((from is not null && f is null) || (to is not null && t is null))
            return TypedResults.BadRequest(Problem(400, "Bad `from` or `to`", "Use a date (2026-04-07, UTC) or an ISO-8601 instant with an offset."));
        if (f > t) return TypedResults.BadRequest(Problem(400, "Bad range", "`from` must not be after `to`."));
        if (await projects.FindProjectAsync(key, ct) is not { } project) return TypedResults.NotFound(UnknownProject(key));
        var rows = PausesCsv.Select(await pauseStore.PausesAsync(project.Key, ct), f, t, now);
        var tracker = new PausesCsv.TrackerColumns(await trackers.FindLinkAsync(project.Key, ct), await trackers.LateTotalsAsync([.. rows.Select(p => p.Id)], ct));
        return TypedResults.Text(PausesCsv.Write(project.Key, rows, now, tracker), "text/csv; charset=utf-8");
    }

    private static ProblemDetails UnknownProject(string key) => Problem(404, "Unknown project", $"There is no project '{key}'.");

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}

using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// The sandbox's URLs: the emulator's Web API (<c>/api/{method}</c>) and response URLs (<c>/response/{id}</c>), the page
/// (<c>/</c> and <c>/sandbox/*</c> assets) and its JSON API (<c>/sandbox/api/*</c>, with a live event stream).
/// </summary>
public static class SandboxEndpoints
{
    public static IEndpointRouteBuilder MapPauseBotSandbox(this IEndpointRouteBuilder app)
    {
        app.MapSlackEmulator(app.ServiceProvider.GetRequiredService<EmulatorState>(), "/api", "/response");
        app.MapGet("/", (HttpContext http) => SandboxAssets.WriteAsync(http, "index.html"));
        app.MapGet("/sandbox/{file}", (HttpContext http, string file) => SandboxAssets.WriteAsync(http, file));

        var api = app.MapGroup("/sandbox/api");
        api.MapGet("/state", (string? user, string? conversation, SandboxPage page) => Results.Json(page.Build(user ?? "", conversation)));
        api.MapGet("/events", SandboxEventStream.WriteAsync);
        api.MapPost("/send", async (SendRequest r, SandboxMessages messages, CancellationToken ct) =>
            Answer(await messages.SendAsync(r.User ?? "", r.Conversation ?? "", r.Text ?? "", ct)));
        api.MapPost("/click", async (ClickRequest r, SandboxInteractions interactions, CancellationToken ct) =>
            r.BlockId is null || r.ActionId is null
                ? Answer("blockId and actionId are required.")
                : Answer(await interactions.ClickAsync(r.User ?? "", new SandboxClick(r.Channel, r.Ts, r.ViewId, r.BlockId, r.ActionId), ct)));
        api.MapPost("/submit", async (SubmitRequest r, SandboxInteractions interactions, CancellationToken ct) =>
            Answer(await interactions.SubmitAsync(r.User ?? "", r.ViewId ?? "", r.Values ?? new Dictionary<string, string?>(), ct)));
        api.MapPost("/close", async (UserRequest r, SandboxInteractions interactions, CancellationToken ct) =>
            Answer(await interactions.CloseAsync(r.User ?? "", ct)));
        api.MapPost("/home", async (UserRequest r, SandboxInteractions interactions, CancellationToken ct) =>
            Answer(await interactions.OpenHomeAsync(r.User ?? "", ct)));
        api.MapPost("/reset", async (SandboxSeeder seeder, CancellationToken ct) =>
        {
            await seeder.ResetAsync(ct);
            return Answer(null);
        });
        return app;
    }

    private static IResult Answer(string? problem) =>
        problem is null ? Results.Json(new { ok = true }) : Results.Json(new { ok = false, error = problem }, statusCode: StatusCodes.Status400BadRequest);

    private sealed record SendRequest(string? User, string? Conversation, string? Text);
    private sealed record ClickRequest(string? User, string? Channel, string? Ts, string? ViewId, string? BlockId, string? ActionId);
    private sealed record SubmitRequest(string? User, string? ViewId, Dictionary<string, string?>? Values);
    private sealed record UserRequest(string? User);
}

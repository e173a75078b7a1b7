using PauseBot.Persistence;

namespace PauseBot;

public static class HostApplicationExtensions
{
    /// <summary>Applies pending migrations before the first request (state survives restarts in the database).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseHealth>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: the database answers.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (DatabaseHealth db, CancellationToken ct) =>
            await db.CanConnectAsync(ct) ? Results.Text("ready") : Results.Text("database unreachable", statusCode: 503));
        return app;
    }
}

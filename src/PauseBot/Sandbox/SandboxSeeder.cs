using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// Puts the sandbox in its starting state: the seeded workspace in the emulator and, in the database, the project
/// <c>chordus</c> on <c>#chordus</c> with Lee and Lin as leads, registered by Ada through the same use cases an admin's
/// commands run. The emulated workspace (channels, messages, views) lives in memory and is empty at every start, so every
/// start also empties the database first: a database that remembered a pause would have the bot answer "already paused"
/// beside a channel with no announcement. <see cref="ResetAsync"/> does the same while running.
/// </summary>
public sealed class SandboxSeeder(
    EmulatorState state, IServiceScopeFactory scopes, SandboxModals modals, SandboxChanges changes, ILogger<SandboxSeeder> log)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The start of a run: both sides from the seed.</summary>
    public Task SeedAsync(CancellationToken ct) => StartOverAsync(ct);

    /// <summary>The page's <em>Reset sandbox</em>: both sides from the seed, and the page told.</summary>
    public async Task ResetAsync(CancellationToken ct)
    {
        await StartOverAsync(ct);
        Log.SandboxReset(log);
        changes.Notify();
    }

    private async Task StartOverAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<DatabaseHealth>().DeleteAllRowsAsync(ct);
            state.Messages.Clear();
            state.Views.Clear();
            state.Calls.Clear();
            modals.Clear();
            await SeedCoreAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task SeedCoreAsync(CancellationToken ct)
    {
        SandboxSeed.Apply(state.Workspace);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var admin = services.GetRequiredService<ProjectAdministration>();
        var ada = services.GetRequiredService<ActorFactory>().For(SandboxSeed.Ada);
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        Require(await admin.AddProjectAsync(ada, SandboxSeed.ProjectKey, SandboxSeed.Chordus, "Chordus", ct));
        Require(await unitOfWork.CommitAsync(ct));
        Require(await admin.AddLeadAsync(ada, SandboxSeed.ProjectKey, SandboxSeed.Lee, ct));
        Require(await admin.AddLeadAsync(ada, SandboxSeed.ProjectKey, SandboxSeed.Lin, ct));
        Require(await unitOfWork.CommitAsync(ct));
    }

    // The seed is ours: anything but a change means the sandbox configuration itself is broken (e.g. Ada is not an admin).
    private static void Require(Outcome outcome)
    {
        if (outcome is not ProjectChanged) throw new InvalidOperationException($"Seeding the sandbox failed: {outcome}");
    }

    private static void Require(CommitResult result)
    {
        if (result != CommitResult.Committed) throw new InvalidOperationException($"Seeding the sandbox failed: {result}");
    }
}

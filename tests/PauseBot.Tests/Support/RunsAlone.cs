namespace PauseBot.Tests.Support;

/// <summary>
/// Tests that start bot processes of their own and push hundreds of messages through them. They run one at a time, after
/// the parallel tests, so a test's own suite does not starve them on a small machine; their waits stay bounds, not speeds.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}

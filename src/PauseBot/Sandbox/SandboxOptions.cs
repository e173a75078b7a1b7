namespace PauseBot.Sandbox;

/// <summary>Configuration section <c>Sandbox</c>: the local sandbox (Development with neither Slack credential).</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>
    /// The sandbox's own SQLite file. Default <c>pausebot-sandbox.db</c> in the working directory. Emptied and seeded at every
    /// start and by <em>Reset sandbox</em>: the emulated workspace lives in memory, so both sides start from the seed.
    /// </summary>
    public string DatabaseFile { get; set; } = "pausebot-sandbox.db";
}

namespace PauseBot.Tests.Support;

/// <summary>Files of the repository checkout the tests run from (found by walking up to PauseBot.sln).</summary>
public static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PauseBot.sln")) || File.Exists(Path.Combine(dir.FullName, "PauseBot.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"No PauseBot.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}

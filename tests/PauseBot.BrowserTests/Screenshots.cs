using Microsoft.Playwright;

namespace PauseBot.BrowserTests;

/// <summary>Screenshots of the sandbox page; the README's picture in docs/ is refreshed on purpose only.</summary>
public static class Screenshots
{
    /// <summary>Saves the page under the test output's screenshots/ (and, with PAUSEBOT_UPDATE_DOCS=1, into docs/).</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        await page.ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000, "the screenshot should show the page");
        // PAUSEBOT_UPDATE_DOCS=1 refreshes the README's picture in docs/ (run on purpose, never in CI).
        if (Environment.GetEnvironmentVariable("PAUSEBOT_UPDATE_DOCS") == "1" && RepositoryRoot() is { } root)
            File.Copy(path, Path.Combine(root, "docs", name), overwrite: true);
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PauseBot.sln"))) return dir.FullName;
        return null;
    }
}

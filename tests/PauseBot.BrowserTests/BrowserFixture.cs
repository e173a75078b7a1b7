using Microsoft.Playwright;

namespace PauseBot.BrowserTests;

/// <summary>
/// One sandbox and one headless Debian Chromium per test class. Without /usr/bin/chromium nothing is launched and
/// every test skips with the reason (CI installs it: <c>.ci/run</c>).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium, or the browser named by PAUSEBOT_CHROMIUM (a system Chromium elsewhere).</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("PAUSEBOT_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static string MissingChromium =>
        $"Chromium is not installed at {ChromiumPath} (Debian: apt-get install -y chromium; .ci/run does it). Browser tests are skipped.";

    private IPlaywright? _playwright;

    public static bool HasChromium => File.Exists(ChromiumPath);
    public SandboxServer Sandbox { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!HasChromium) return;
        Sandbox = await SandboxServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is null) return;
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Sandbox.DisposeAsync();
    }
}

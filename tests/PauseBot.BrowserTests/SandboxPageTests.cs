using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PauseBot.Sandbox;
using static Microsoft.Playwright.Assertions;

namespace PauseBot.BrowserTests;

/// <summary>The sandbox page in a real browser: the issue's three journeys, the pause modal and the reset.</summary>
public sealed partial class SandboxPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Reason = "The client is reassessing the project scope";
    private const float WaitBound = 60_000;
    private IBrowserContext _context = null!;
    private SandboxSteps _steps = null!;

    public async ValueTask InitializeAsync()
    {
        Assert.SkipUnless(BrowserFixture.HasChromium, BrowserFixture.MissingChromium);
        await fixture.Sandbox.ResetAsync();
        _context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        // Bounds on waiting for the page, not speed checks: on a loaded 2-core machine the bot's first answer to a question
        // (a cold path, the intent model) can take well over 15 s of wall-clock time.
        _context.SetDefaultTimeout(WaitBound);
        SetDefaultExpectTimeout(WaitBound);
        var page = await _context.NewPageAsync();
        await page.GotoAsync(fixture.Sandbox.PageUrl.ToString());
        _steps = new SandboxSteps(page);
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
    }

    [Fact]
    public async Task LeadPausesFromPage_AnnouncementInChordusShowsCutoffInEachReadersZone()
    {
        await PauseAsLeeAsync();

        await _steps.ActAsAsync("Cora (contractor)");
        var announcement = _steps.Message("Chordus is paused");
        await Expect(announcement).ToContainTextAsync(Reason);
        await Expect(announcement.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToBeVisibleAsync();
        var cutoff = CutoffOfAnnouncement();
        await Expect(announcement.Locator("time").First).ToHaveTextAsync(Rendered(cutoff, "Asia/Kolkata"));
        await Screenshots.SaveAsync(_steps.Page, "sandbox-paused.png");

        await _steps.ActAsAsync("Lee (lead)");
        await Expect(_steps.Message("Chordus is paused").Locator("time").First).ToHaveTextAsync(Rendered(cutoff, "Europe/Amsterdam"));
    }

    [Fact]
    public async Task ContractorAsksInDm_GetsTheAnswerFromTheBillableRule()
    {
        await PauseAsLeeAsync();
        await _steps.ActAsAsync("Chen (contractor)");
        await _steps.OpenAsync("PauseBot");

        await _steps.SendAsync("can I log hours?");

        await Expect(_steps.Message("can I log hours?")).ToBeVisibleAsync();
        await Expect(_steps.Log.Locator("article.bot")).ToContainTextAsync("not billable since");
    }

    [Fact]
    public async Task ContractorAcknowledges_LeadsHomeShowsTheCount()
    {
        await PauseAsLeeAsync();
        await _steps.ActAsAsync("Cora (contractor)");
        var announcement = _steps.Message("Chordus is paused");

        await announcement.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();

        await Expect(_steps.Ephemeral).ToContainTextAsync("acknowledged the pause");
        await _steps.ActAsAsync("Lee (lead)");
        await _steps.OpenAsync("PauseBot · Home");
        await Expect(_steps.Home).ToContainTextAsync("acknowledged: 1 of 5");
    }

    [Fact]
    public async Task PauseWithoutReason_OpensModal_RequiredFieldCheckedThenSubmitted()
    {
        await _steps.ActAsAsync("Lin (lead)");
        await _steps.SendAsync("/pause");
        var modal = _steps.Page.GetByRole(AriaRole.Dialog, new() { Name = "Pause a project" });
        await Expect(modal).ToBeVisibleAsync();

        await modal.GetByLabel("Project key").FillAsync("chordus");
        await modal.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Expect(modal).ToContainTextAsync("Please complete this required field.");
        await modal.GetByLabel("Public reason (contractors see this)").FillAsync(Reason);
        await modal.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();

        await Expect(modal).ToBeHiddenAsync();
        await Expect(_steps.Message("Chordus is paused")).ToContainTextAsync(Reason);
    }

    [Fact]
    public async Task ResetSandbox_RemovesThePauseAndItsMessages()
    {
        await PauseAsLeeAsync();
        _steps.Page.Dialog += (_, dialog) => dialog.AcceptAsync();

        await _steps.Page.GetByRole(AriaRole.Button, new() { Name = "Reset sandbox" }).ClickAsync();

        await Expect(_steps.Log).ToContainTextAsync("No messages yet.");
        await _steps.SendAsync("/pausebot status chordus");
        await Expect(_steps.Log).ToContainTextAsync("not paused");
    }

    private async Task PauseAsLeeAsync()
    {
        await _steps.ActAsAsync("Lee (lead)");
        await _steps.OpenAsync("#chordus");
        await _steps.SendAsync($"/pause chordus {Reason}");
        await Expect(_steps.Message("Chordus is paused")).ToBeVisibleAsync();
    }

    private DateTimeOffset CutoffOfAnnouncement()
    {
        var post = fixture.Sandbox.Slack.Messages.In(SandboxSeed.Chordus).First(m => m.BotId is not null);
        var unix = long.Parse(DateToken().Match(post.Text ?? "").Groups[1].Value, CultureInfo.InvariantCulture);
        return DateTimeOffset.FromUnixTimeSeconds(unix);
    }

    // Slack's {date_short_pretty} at {time} for a reader in zoneId (the page uses the 24-hour clock).
    private static string Rendered(DateTimeOffset instant, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var today = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).Date;
        var day = (local.Date - today).Days switch
        {
            0 => "Today",
            -1 => "Yesterday",
            1 => "Tomorrow",
            _ => local.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
        };
        return $"{day} at {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    [GeneratedRegex(@"<!date\^(\d+)\^")]
    private static partial Regex DateToken();
}

using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Trackers;

/// <summary><c>/pausebot tracker …</c> as leads, admins and contractors type it.</summary>
public sealed class TrackerVerbTests : IAsyncLifetime
{
    private TrackerStandIn _tracker = null!;
    private BotHost _bot = null!;
    private string _project = "";

    public async ValueTask InitializeAsync()
    {
        _tracker = await TrackerStandIn.StartAsync("harvest");
        _project = _tracker.AddProject("Chordus website");
        _bot = await TrackerEndToEndTests.StartBotAsync(_tracker);
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _tracker.DisposeAsync();
    }

    [Fact]
    public async Task Link_ByContractor_RefusedAndAudited()
    {
        Assert.Contains("Only leads of `chordus`", await _bot.CommandAsync("/pausebot", $"tracker link chordus harvest {_project}", DefaultSeed.Alice));

        Assert.Contains("`tracker.link` refused:not-lead", await _bot.CommandAsync("/pausebot", "audit chordus", Lead));
        Assert.Empty(_tracker.Server.Calls.All);
    }

    [Fact]
    public async Task Link_UnknownTrackerProject_NothingLinkedSaysHowToFindTheId()
    {
        var reply = await _bot.CommandAsync("/pausebot", "tracker link chordus harvest 99", Lead);

        Assert.Contains("Nothing linked", reply);
        Assert.Contains("has no project 99", reply);
        Assert.Contains("No tracker links", await _bot.CommandAsync("/pausebot", "tracker list", Lead));
    }

    [Fact]
    public async Task Link_TrackerNotConfigured_NamesTheKeys() =>
        Assert.Contains("`TimeTracking:Clockify:ApiKey`", await _bot.CommandAsync("/pausebot", "tracker link chordus clockify abc123", Lead));

    [Fact]
    public async Task Link_UnknownTrackerName_ListsTheKnownOnes() =>
        Assert.Contains("use `harvest`, `toggl` or `clockify`", await _bot.CommandAsync("/pausebot", "tracker link chordus jira 12", Lead));

    [Fact]
    public async Task LinkWhilePaused_ArchivesAtOnce()
    {
        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);

        Assert.Contains("paused now, so I'm archiving it", await _bot.CommandAsync("/pausebot", $"tracker link chordus harvest {_project}", Lead));
        await TrackerEndToEndTests.WaitUntilAsync(() => !_tracker.IsActive(_project));
    }

    [Fact]
    public async Task ScheduledPause_ArchivedWhenItTakesEffect()
    {
        await _bot.CommandAsync("/pausebot", $"tracker link chordus harvest {_project}", Lead);

        Assert.Contains("will pause at", await _bot.CommandAsync("/pause", "chordus Scope review --at in 2s", Lead));

        await TrackerEndToEndTests.WaitUntilAsync(() => !_tracker.IsActive(_project)); // the due-transitions sweep applies it
        await _bot.SettleAsync();
        Assert.Single(_tracker.Server.Calls.To("PATCH", _tracker.ProjectPath(_project)), c => c.Succeeded);
    }

    [Fact]
    public async Task ListAndUnlink_NameTheProjectByIdAndName()
    {
        await _bot.CommandAsync("/pausebot", $"tracker link chordus harvest {_project}", Lead);

        var list = await _bot.CommandAsync("/pausebot", "tracker list", BotHost.Admin);
        Assert.Contains($"`chordus` → Harvest project `{_project}` “Chordus website”", list);
        Assert.Contains("Trackers configured: Harvest", list);
        Assert.Contains("no longer linked", await _bot.CommandAsync("/pausebot", "tracker unlink chordus", Lead));
        Assert.Contains("No tracker links", await _bot.CommandAsync("/pausebot", "tracker list", Lead));
        Assert.Contains("`tracker.unlink` ok", await _bot.CommandAsync("/pausebot", "audit chordus", Lead));
    }

    [Fact]
    public async Task Help_ListsTheTrackerVerb() =>
        Assert.Contains("/pausebot tracker link <key> harvest|toggl|clockify", await _bot.CommandAsync("/pausebot", "help", Lead));
}

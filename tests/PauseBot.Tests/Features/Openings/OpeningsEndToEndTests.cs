using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Openings;

/// <summary>Issue 9's alternative-work board: openings reach contractors, and interest reaches the owner once.</summary>
public class OpeningsEndToEndTests : IAsyncLifetime
{
    private const string Work = "Data labelling for Atlas";
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private Task<string> AddOpeningAsync(string flags = "--for chordus --skills \"python, sql\" --slots 2") =>
        _bot.CommandAsync("/pausebot", $"openings add {Work} {flags}", Lead);

    private async Task PauseAsync()
    {
        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct);
    }

    private Task PressInterestAsync(string user, string id) =>
        _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(user, "opening_interest", id, Chordus, null,
            _bot.Slack.CreateResponseUrl(Chordus, user), null), Ct);

    [Fact]
    public async Task Opening_ForChordus_InAlternativeWorkAnswerAndAppHome()
    {
        Assert.Contains("Opening *#1* posted", await AddOpeningAsync());
        await PauseAsync();

        var dm = _bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        await _bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, dm, "could i help on a diff team in the meantime"), ct: Ct);
        var answer = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains("Other work is available", answer.Json());
        Assert.Contains(Work, answer.Json());
        Assert.Contains("python, sql", answer.Json());
        Assert.Contains("1", Buttons(answer.Args["blocks"]).Where(b => b["action_id"]!.GetValue<string>() == "opening_interest").Select(b => b["value"]!.GetValue<string>()));

        await _bot.Client.SendEventAsync(Events.AppHomeOpened(DefaultSeed.Alice), ct: Ct);
        var home = await _bot.Slack.Calls.WaitForAsync("views.publish", c => c.Ok && c.Arg("user_id") == DefaultSeed.Alice, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains("Other work available", home.Json());
        Assert.Contains(Work, home.Json());
        Assert.Contains("opening_interest", home.Json());
    }

    [Fact]
    public async Task Opening_PostedBeforePause_OfferedInTheAnnouncement()
    {
        await AddOpeningAsync();

        await PauseAsync();

        var announcement = _bot.PostsTo(Chordus).Single().Json();
        Assert.Contains("Other work is available", announcement);
        Assert.Contains(Work, announcement);
        Assert.Contains("opening_interest", announcement);
    }

    [Fact]
    public async Task Interest_PressedTwice_OwnerGetsOneDm_AndSeesTimeZones()
    {
        await AddOpeningAsync();

        await PressInterestAsync(DefaultSeed.Alice, "1");
        await PressInterestAsync(DefaultSeed.Alice, "1");

        var toOwner = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Arg("channel") == Lead, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains($"<@{DefaultSeed.Alice}> is interested", toOwner.Json());
        var replies = await _bot.Slack.Calls.WaitForCountAsync("response_url", 2, null, TimeSpan.FromSeconds(10), Ct);
        Assert.Single(replies, r => r.Json().Contains("already said you're interested"));
        await _bot.SettleAsync();
        Assert.Single(_bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Arg("channel") == Lead);
        var interest = await _bot.CommandAsync("/pausebot", "openings interest 1", Lead);
        Assert.Contains($"<@{DefaultSeed.Alice}>", interest);
        Assert.Contains("Europe/Berlin", interest);
    }

    [Fact]
    public async Task Interest_FillsTheLastSlot_OpeningClosesAndIsNoLongerListed()
    {
        await AddOpeningAsync("--slots 1");

        await PressInterestAsync(DefaultSeed.Bob, "1");
        await PressInterestAsync(DefaultSeed.Carol, "1");

        var replies = await _bot.Slack.Calls.WaitForCountAsync("response_url", 2, null, TimeSpan.FromSeconds(10), Ct);
        Assert.Single(replies, r => r.Json().Contains("is closed now"));
        Assert.Single(replies, r => r.Json().Contains("I've told"));
        Assert.Contains("no open openings", await _bot.CommandAsync("/pausebot", "openings list", DefaultSeed.Carol));
        var toOwner = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Arg("channel") == Lead, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains("All slots are taken", toOwner.Json());
    }

    [Fact]
    public async Task Close_ByOwner_NoLongerShown_AndContractorsCannotPostOrClose()
    {
        await AddOpeningAsync();

        Assert.Contains("Only project leads", await _bot.CommandAsync("/pausebot", "openings add Anything", DefaultSeed.Alice));
        Assert.Contains("Only the person who posted", await _bot.CommandAsync("/pausebot", "openings close 1", DefaultSeed.Alice));
        Assert.Contains(Work, await ListTextAsync(DefaultSeed.Alice));
        Assert.Contains("is closed", await _bot.CommandAsync("/pausebot", "openings close 1", Lead));
        Assert.Contains("no open openings", await _bot.CommandAsync("/pausebot", "openings list", DefaultSeed.Alice));
        Assert.Contains("no opening #9", await _bot.CommandAsync("/pausebot", "openings close 9", Lead));
    }

    [Fact]
    public async Task Add_BadInput_ClearMessages()
    {
        Assert.Contains("whole number", await AddOpeningAsync("--slots many"));
        Assert.Contains("between 1 and 1000", await AddOpeningAsync("--slots 0"));
        Assert.Contains("There is no project `nope`", await AddOpeningAsync("--for nope"));
        Assert.Contains("--until", await AddOpeningAsync("--until someday"));
        Assert.Contains("Describe the work", await _bot.CommandAsync("/pausebot", "openings add --slots 2", Lead));
    }

    private async Task<string> ListTextAsync(string user)
    {
        var response = await _bot.Client.SendCommandAsync("/pausebot", "openings list", user, Chordus, ct: Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static IEnumerable<JsonObject> Buttons(JsonNode? blocks) =>
        blocks is JsonArray array ? array.SelectMany(block =>
            block?["elements"] is JsonArray elements ? elements.OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>() == "button")
            : block?["accessory"] is JsonObject a ? [a] : Enumerable.Empty<JsonObject>()) : [];
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

/// <summary>conversations.history and conversations.replies: Slack's shape, window, paging, metadata and errors.</summary>
public sealed class HistoryMethodsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static async Task<(SlackEmulator Emu, FakeTimeProvider Time, List<string> Ts)> SeedAsync(int count)
    {
        var time = new FakeTimeProvider(Start);
        var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = emu.CreateClient();
        var ts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var r = await PostJsonAsync(http, "chat.postMessage", new
            {
                channel = DefaultSeed.Chordus, text = $"m{i}",
                metadata = new { event_type = "pausebot_delivery", event_payload = new { delivery_id = $"d{i}" } },
            });
            Assert.True(r.Ok, r.Body);
            ts.Add(r.Str("ts")!);
            time.Advance(TimeSpan.FromSeconds(10));
        }
        return (emu, time, ts);
    }

    private static IEnumerable<string> Texts(ApiAnswer r) => r.Json!["messages"]!.AsArray().Select(m => m!["text"]!.GetValue<string>());

    [Fact]
    public async Task History_NewestFirst_SlackShape_MetadataOnlyWhenAsked()
    {
        var (emu, _, ts) = await SeedAsync(3);
        await using var _ = emu;
        using var http = emu.CreateClient();
        await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "reply", thread_ts = ts[0] });

        var plain = await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus));
        var withMetadata = await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus), ("include_all_metadata", "true"));

        Assert.True(plain.Ok, plain.Body);
        Assert.Equal(["m2", "m1", "m0"], Texts(plain)); // thread replies are not in the channel's history
        Assert.False(plain.Json!["has_more"]!.GetValue<bool>());
        Assert.Equal(0, plain.Json!["pin_count"]!.GetValue<int>());
        Assert.Null(plain.Json!["response_metadata"]);
        var first = plain.Json!["messages"]![0]!.AsObject();
        Assert.Equal(("message", ts[2], emu.Workspace.BotId), (first["type"]!.GetValue<string>(), first["ts"]!.GetValue<string>(), first["bot_id"]!.GetValue<string>()));
        Assert.Null(first["metadata"]);
        var meta = withMetadata.Json!["messages"]![0]!["metadata"]!;
        Assert.Equal(("pausebot_delivery", "d2"), (meta["event_type"]!.GetValue<string>(), meta["event_payload"]!["delivery_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task History_OldestLatestInclusive_Window()
    {
        var (emu, _, ts) = await SeedAsync(5);
        await using var _ = emu;
        using var http = emu.CreateClient();

        var exclusive = await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus), ("oldest", ts[1]), ("latest", ts[3]));
        var inclusive = await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus), ("oldest", ts[1]), ("latest", ts[3]),
            ("inclusive", "true"));
        var wholeSeconds = await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus),
            ("oldest", (Start.ToUnixTimeSeconds() + 25).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(["m2"], Texts(exclusive));
        Assert.Equal(["m3", "m2", "m1"], Texts(inclusive));
        Assert.Equal(["m4", "m3"], Texts(wholeSeconds));
    }

    [Fact]
    public async Task History_Limit_PagesWithCursorUntilNoMore()
    {
        var (emu, _, _) = await SeedAsync(7);
        await using var _ = emu;
        using var http = emu.CreateClient();

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var r = await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus), ("limit", "3"), ("cursor", cursor ?? ""));
            Assert.True(r.Ok, r.Body);
            seen.AddRange(Texts(r));
            var hasMore = r.Json!["has_more"]!.GetValue<bool>();
            cursor = hasMore ? r.Json!["response_metadata"]!["next_cursor"]!.GetValue<string>() : null;
            if (hasMore) Assert.EndsWith("=", cursor);
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["m6", "m5", "m4", "m3", "m2", "m1", "m0"], seen);
    }

    [Fact]
    public async Task History_Errors_LikeSlack()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();

        Assert.Equal("channel_not_found", (await PostFormAsync(http, "conversations.history", ("channel", "C0NOPE"))).Error);
        Assert.Equal("channel_not_found", (await PostFormAsync(http, "conversations.history")).Error);
        Assert.Equal("not_in_channel", (await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Random))).Error);
        Assert.Equal("invalid_ts_oldest", (await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus), ("oldest", "yesterday"))).Error);
        Assert.Equal("invalid_ts_latest", (await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus), ("latest", "1.2.3"))).Error);
        Assert.Equal("invalid_cursor", (await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus), ("cursor", "garbage!"))).Error);
    }

    [Fact]
    public async Task History_WithoutTheScopeOfTheConversationType_MissingScopeWithNeededAndProvided()
    {
        await using var emu = await StartAsync();
        emu.Workspace.BotScopes = new HashSet<string> { "chat:write", "im:history" };
        using var http = emu.CreateClient();
        var dm = emu.Workspace.OpenDm(DefaultSeed.Alice)!.Id;

        var channel = await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Chordus));
        var privateChannel = await PostFormAsync(http, "conversations.history", ("channel", DefaultSeed.Leads));
        var direct = await PostFormAsync(http, "conversations.history", ("channel", dm));

        Assert.Equal(("missing_scope", "channels:history", "chat:write,im:history"), (channel.Error, channel.Str("needed"), channel.Str("provided")));
        Assert.Equal(("missing_scope", "groups:history"), (privateChannel.Error, privateChannel.Str("needed")));
        Assert.True(direct.Ok, direct.Body);
    }

    [Fact]
    public async Task Replies_ParentThenRepliesOldestFirst_PagedAndWindowed()
    {
        var (emu, time, ts) = await SeedAsync(2);
        await using var _ = emu;
        using var http = emu.CreateClient();
        var replies = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var r = await PostJsonAsync(http, "chat.postMessage", new
            {
                channel = DefaultSeed.Chordus, text = $"r{i}", thread_ts = ts[0],
                metadata = new { event_type = "pausebot_delivery", event_payload = new { delivery_id = $"r{i}" } },
            });
            replies.Add(r.Str("ts")!);
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var all = await PostFormAsync(http, "conversations.replies", ("channel", DefaultSeed.Chordus), ("ts", ts[0]), ("include_all_metadata", "true"));
        var first = await PostFormAsync(http, "conversations.replies", ("channel", DefaultSeed.Chordus), ("ts", ts[0]), ("limit", "3"));
        var rest = await PostFormAsync(http, "conversations.replies", ("channel", DefaultSeed.Chordus), ("ts", ts[0]), ("limit", "3"),
            ("cursor", first.Json!["response_metadata"]!["next_cursor"]!.GetValue<string>()));
        var recent = await PostFormAsync(http, "conversations.replies", ("channel", DefaultSeed.Chordus), ("ts", ts[0]), ("oldest", replies[1]));

        Assert.Equal(["m0", "r0", "r1", "r2", "r3"], Texts(all));
        Assert.Equal("r3", all.Json!["messages"]![4]!["metadata"]!["event_payload"]!["delivery_id"]!.GetValue<string>());
        Assert.Equal(["m0", "r0", "r1"], Texts(first));
        Assert.True(first.Json!["has_more"]!.GetValue<bool>());
        Assert.Equal(["r2", "r3"], Texts(rest));
        Assert.False(rest.Json!["has_more"]!.GetValue<bool>());
        Assert.Equal(["r2", "r3"], Texts(recent));
        Assert.Equal("thread_not_found", (await PostFormAsync(http, "conversations.replies", ("channel", DefaultSeed.Chordus), ("ts", "1.000001"))).Error);
        Assert.Equal("thread_not_found", (await PostFormAsync(http, "conversations.replies", ("channel", DefaultSeed.Chordus))).Error);
    }

    [Fact]
    public async Task PostMessage_MalformedMetadata_InvalidMetadataFormat()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();

        var noPayload = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "x", metadata = new { event_type = "t" } });
        var notJson = await PostFormAsync(http, "chat.postMessage", ("channel", DefaultSeed.Chordus), ("text", "x"), ("metadata", "{nope"));
        var form = await PostFormAsync(http, "chat.postMessage", ("channel", DefaultSeed.Chordus), ("text", "x"),
            ("metadata", """{"event_type":"t","event_payload":{"k":1}}"""));

        Assert.Equal("invalid_metadata_format", noPayload.Error);
        Assert.Equal("invalid_metadata_format", notJson.Error);
        Assert.True(form.Ok, form.Body);
        Assert.Equal(1, emu.Messages.All.Single().Metadata!["event_payload"]!["k"]!.GetValue<int>());
        Assert.IsType<JsonObject>(form.Json!["message"]!["metadata"]);
    }
}

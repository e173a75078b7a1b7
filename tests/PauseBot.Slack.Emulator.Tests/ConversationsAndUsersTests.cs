using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class ConversationsAndUsersTests
{
    [Fact]
    public async Task Members_PaginationWalksEveryMemberOnce()
    {
        await using var emu = await StartAsync();
        var ids = Enumerable.Range(0, 23).Select(i => $"U0C{i:D3}").ToArray();
        foreach (var id in ids) emu.Workspace.AddUser(id, id.ToLowerInvariant());
        emu.Workspace.AddChannel("C0BIG", "big", false, [emu.Workspace.BotUserId, .. ids]);
        using var http = emu.CreateClient();

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var r = await PostFormAsync(http, "conversations.members", ("channel", "C0BIG"), ("limit", "5"), ("cursor", cursor ?? ""));
            Assert.True(r.Ok, r.Body);
            seen.AddRange(r.Json!["members"]!.AsArray().Select(n => n!.GetValue<string>()));
            cursor = r.Json!["response_metadata"]!["next_cursor"]!.GetValue<string>();
            if (cursor.Length > 0) Assert.EndsWith("=", cursor);
            pages++;
        }
        while (cursor.Length > 0);

        Assert.Equal(5, pages);
        Assert.Equal([emu.Workspace.BotUserId, .. ids], seen);
        Assert.Equal("invalid_cursor", (await PostFormAsync(http, "conversations.members", ("channel", "C0BIG"), ("cursor", "garbage!"))).Error);
    }

    [Fact]
    public async Task Info_DescribesChannelsAndDms()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var info = await PostFormAsync(http, "conversations.info", ("channel", DefaultSeed.Chordus), ("include_num_members", "true"));
        var ch = info.Json!["channel"]!;
        Assert.Equal(("chordus", true, false, 5), (ch["name"]!.GetValue<string>(), ch["is_channel"]!.GetValue<bool>(),
            ch["is_private"]!.GetValue<bool>(), ch["num_members"]!.GetValue<int>()));
        var dm = emu.Workspace.OpenDm(DefaultSeed.Bob)!;
        // A DM's info needs im:read, which the manifest (the default grant) does not request.
        var refused = await PostFormAsync(http, "conversations.info", ("channel", dm.Id));
        Assert.Equal(("missing_scope", "im:read"), (refused.Error, refused.Str("needed")));
        emu.Workspace.BotScopes = new HashSet<string>(emu.Workspace.BotScopes!) { "im:read" };
        var im = await PostFormAsync(http, "conversations.info", ("channel", dm.Id));
        Assert.True(im.Json!["channel"]!["is_im"]!.GetValue<bool>());
        Assert.Equal(DefaultSeed.Bob, im.Json!["channel"]!["user"]!.GetValue<string>());
    }

    [Fact]
    public async Task PrivateChannelWithoutBot_IsInvisible()
    {
        await using var emu = await StartAsync();
        emu.Workspace.AddChannel("G0SECRET", "secret", true, DefaultSeed.Alice);
        using var http = emu.CreateClient();
        Assert.Equal("channel_not_found", (await PostFormAsync(http, "conversations.info", ("channel", "G0SECRET"))).Error);
        Assert.Equal("channel_not_found", (await PostJsonAsync(http, "chat.postMessage", new { channel = "G0SECRET", text = "x" })).Error);
    }

    [Theory]
    [InlineData(1, 3600)]
    [InlineData(7, 7200)]
    public async Task UsersInfo_ComputesTzOffsetFromIanaZone(int month, int expectedOffset)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, month, 15, 12, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = emu.CreateClient();
        var r = await PostFormAsync(http, "users.info", ("user", DefaultSeed.Alice));
        var user = r.Json!["user"]!;
        Assert.Equal("Europe/Berlin", user["tz"]!.GetValue<string>());
        Assert.Equal(expectedOffset, user["tz_offset"]!.GetValue<int>());
        Assert.Equal("Alice Anders", user["real_name"]!.GetValue<string>());
        Assert.False(user["is_bot"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(user["tz_label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AddUser_CustomZone_AndBotUserIsBot()
    {
        await using var emu = await StartAsync(new SlackEmulatorOptions { SeedDefaultWorkspace = false });
        emu.Workspace.AddUser("U0KOL", "kolkata", "K. Olkata", "Asia/Kolkata");
        using var http = emu.CreateClient();
        Assert.Equal(19800, (await PostFormAsync(http, "users.info", ("user", "U0KOL"))).Json!["user"]!["tz_offset"]!.GetValue<int>());
        Assert.True((await PostFormAsync(http, "users.info", ("user", "U0BOT"))).Json!["user"]!["is_bot"]!.GetValue<bool>());
        Assert.Empty(emu.Workspace.Channels);
    }
}

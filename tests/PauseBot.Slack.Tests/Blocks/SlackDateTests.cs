using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.Tests.Blocks;

public sealed class SlackDateTests
{
    [Fact]
    public void Token_DefaultFormat_MatchesProtocolExample() =>
        Assert.Equal("<!date^1781290800^{date_short_pretty} at {time}|2026-06-12 19:00 UTC>",
            SlackDate.Token(DateTimeOffset.FromUnixTimeSeconds(1781290800)));

    [Fact]
    public void Token_NonUtcOffset_FallbackInUtc() =>
        Assert.Equal("<!date^1781290800^{date_num}|2026-06-12 19:00 UTC>",
            SlackDate.Token(new DateTimeOffset(2026, 6, 12, 21, 0, 0, TimeSpan.FromHours(2)), "{date_num}"));
}

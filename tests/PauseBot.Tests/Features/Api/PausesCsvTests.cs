using PauseBot.Core.Pauses;
using PauseBot.Features.Api;

namespace PauseBot.Tests.Features.Api;

public class PausesCsvTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 12, 0, 0, TimeSpan.Zero);

    private static Pause Ended(DateTimeOffset start, TimeSpan length, string reason = "Scope review")
    {
        var pause = Pause.Start("chordus", new PauseDetails(reason, start, InternalNote: "secret note"), "U0LEAD", start.AddMinutes(-1));
        pause.TryActivate(start);
        pause.Resume("U0LEAD", start + length, null, null);
        return pause;
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-1.5", "-1.5")]
    public void Field_SpecialCharacters_QuotedOrDefused(string value, string expected) =>
        Assert.Equal(expected, PausesCsv.Field(value));

    [Fact]
    public void Write_EndedAndRunningPauses_DurationsInHoursAndUtcTimes()
    {
        var ended = Ended(Now.AddDays(-2), TimeSpan.FromMinutes(90));
        var running = Pause.Start("chordus", new PauseDetails("Budget"), "U0LEAD", Now.AddHours(-3));

        var lines = PausesCsv.Write("chordus", [ended, running], Now).Split("\r\n");

        Assert.Equal("chordus,2026-04-05T12:00:00Z,2026-04-05T13:30:00Z,1.5000,Scope review,U0LEAD,U0LEAD,0,,0,0,"
                     + "2026-04-05T12:00:00Z,2026-04-05T12:00:00Z,cutoff", lines[1]);
        Assert.Equal("chordus,2026-04-07T09:00:00Z,,3.0000,Budget,U0LEAD,,0,,0,0,2026-04-07T09:00:00Z,2026-04-07T09:00:00Z,cutoff", lines[2]);
        Assert.DoesNotContain("secret note", string.Join("\n", lines));
    }

    [Theory]
    [InlineData(BackdatePolicy.Cutoff, "8.0000", "2026-04-07T04:00:00Z,cutoff")]
    [InlineData(BackdatePolicy.Announcement, "3.0000", "2026-04-07T09:00:00Z,announcement")]
    public void Write_BackdatedPause_BothInstantsAndDurationFromTheInstantThePolicyUses(BackdatePolicy policy, string hours, string rule)
    {
        var announced = Now.AddHours(-3);
        var pause = Pause.Start("chordus", new PauseDetails("Halted", announced.AddHours(-5)), "U0LEAD", announced, policy);

        var row = PausesCsv.Write("chordus", [pause], Now).Split("\r\n")[1];

        Assert.Equal($"chordus,2026-04-07T04:00:00Z,,{hours},Halted,U0LEAD,,0,,0,0,2026-04-07T09:00:00Z,{rule}", row);
    }

    [Fact]
    public void Select_CancelledAndFutureAndOutOfRange_LeftOut()
    {
        var early = Ended(Now.AddDays(-10), TimeSpan.FromHours(1));
        var late = Ended(Now.AddDays(-1), TimeSpan.FromHours(1));
        var cancelled = Pause.Start("chordus", new PauseDetails("x", Now.AddDays(1)), "U0LEAD", Now);
        cancelled.Resume("U0LEAD", Now, null, null);
        var scheduled = Pause.Start("chordus", new PauseDetails("y", Now.AddDays(1)), "U0LEAD", Now);

        Assert.Equal([early, late], PausesCsv.Select([late, cancelled, scheduled, early], null, null, Now));
        Assert.Equal([late], PausesCsv.Select([late, early], Now.AddDays(-2), null, Now));
        Assert.Equal([early], PausesCsv.Select([late, early], null, Now.AddDays(-2), Now));
    }
}

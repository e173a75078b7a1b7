using PauseBot.Core.Projects;
using PauseBot.Core.Scheduling;
using PauseBot.Features.Shared;

namespace PauseBot.Tests.Features.Shared;

/// <summary>Problems with what someone typed, in the words of the slash commands.</summary>
public class ProblemTextTests
{
    [Theory]
    [InlineData(null, "Please give a project key.")]
    [InlineData("", "Please give a project key.")]
    [InlineData("a", "`a` is too short.")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijk", "is too long (41 characters).")]
    [InlineData("1abc", "`1abc` must start with a lowercase letter.")]
    [InlineData("-abc", "`-abc` must start with a lowercase letter.")]
    [InlineData("Chordus", "`Chordus` must start with a lowercase letter.")]
    [InlineData("chorDus", "`chorDus` contains `D`, which isn't allowed.")]
    [InlineData("my_key", "`my_key` contains `_`, which isn't allowed.")]
    [InlineData("my key", "`my key` contains a space, which isn't allowed.")]
    [InlineData("café", "`café` contains `é`, which isn't allowed.")]
    public void Of_KeyProblem_ExplainsProblemAndRule(string? key, string expectedFragment)
    {
        var text = ProblemText.Of(Slug.Validate(key)!);
        Assert.Contains(expectedFragment, text);
        Assert.EndsWith(ProblemText.KeyRule, text);
    }

    [Theory]
    [InlineData("", "Tell me when to post updates.")]
    [InlineData("hourly", "I couldn't read `hourly` as a schedule. Try `daily 09:00`")]
    [InlineData("every 5m", "`every 5m` is too often — the shortest interval is 15 minutes (`every 15m`).")]
    [InlineData("every 8d", "the longest interval is 7 days")]
    [InlineData("every 0h", "isn't a usable interval")]
    [InlineData("every 90s", "isn't a whole number of minutes")]
    [InlineData("daily", "Please add a time, e.g. `daily 09:00`.")]
    [InlineData("daily 9:75", "`9:75` isn't a valid time of day")]
    [InlineData("weekdays 09:00,lunch", "`lunch` isn't a time")]
    [InlineData("daily 09:00:30", "drop the seconds")]
    [InlineData("every mnday 10:00", "`mnday` isn't a day of the week")]
    [InlineData("every monday", "Please add a time, e.g. `every monday 10:00`.")]
    [InlineData("every 10:00", "Did you mean `daily 10:00` or `every monday 10:00`?")]
    public void Of_ScheduleSpecError_ExplainsWithExamples(string text, string expectedFragment) =>
        Assert.Contains(expectedFragment, ProblemText.Of(ScheduleSpec.Parse(text).Error!));
}

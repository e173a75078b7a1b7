using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

public sealed class IntentNamesTests
{
    [Theory]
    [InlineData(Intent.Unknown, "unknown")]
    [InlineData(Intent.BillableStatus, "billable_status")]
    [InlineData(Intent.PastHours, "past_hours")]
    [InlineData(Intent.ResumeEta, "resume_eta")]
    [InlineData(Intent.PauseReason, "pause_reason")]
    [InlineData(Intent.NextSteps, "next_steps")]
    [InlineData(Intent.AlternativeWork, "alternative_work")]
    [InlineData(Intent.Contact, "contact")]
    [InlineData(Intent.Status, "status")]
    [InlineData(Intent.NotifyMe, "notify_me")]
    public void Round_trips_snake_case(Intent intent, string name)
    {
        Assert.Equal(name, IntentNames.ToSnakeCase(intent));
        Assert.True(IntentNames.TryParse(name, out var parsed));
        Assert.Equal(intent, parsed);
        Assert.True(IntentNames.TryParse($" {name.ToUpperInvariant()} ", out parsed));
        Assert.Equal(intent, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("BillableStatus")]
    [InlineData("nope")]
    public void Rejects_unknown_names(string? name)
    {
        Assert.False(IntentNames.TryParse(name, out var parsed));
        Assert.Equal(Intent.Unknown, parsed);
    }

    [Fact]
    public void Out_of_range_values_map_to_unknown() =>
        Assert.Equal("unknown", IntentNames.ToSnakeCase((Intent)99));
}

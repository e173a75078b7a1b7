using PauseBot.Core.Openings;

namespace PauseBot.Core.Tests.Openings;

public class OpeningTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);

    private static Opening CreateSut(int? slots = 2, DateTimeOffset? until = null, string[]? forProjects = null) =>
        Opening.Post("  Data labelling  ", "U0LEAD", Now, " python ,sql,", slots, until, forProjects);

    [Fact]
    public void Post_TrimsTextAndNormalisesSkills()
    {
        var opening = CreateSut();

        Assert.Equal("Data labelling", opening.Text);
        Assert.Equal("python, sql", opening.Skills);
        Assert.True(opening.IsForEveryone);
    }

    [Fact]
    public void RegisterInterest_SamePersonTwice_CountedOnce()
    {
        var opening = CreateSut();

        Assert.Equal(InterestResult.Added, opening.RegisterInterest("U1", Now));
        Assert.Equal(InterestResult.AlreadyInterested, opening.RegisterInterest("U1", Now));
        Assert.Single(opening.Interests);
        Assert.Equal(1, opening.SlotsLeft);
    }

    [Fact]
    public void RegisterInterest_LastSlot_ClosesAndRefusesOthers()
    {
        var opening = CreateSut(slots: 2);
        opening.RegisterInterest("U1", Now);

        Assert.Equal(InterestResult.AddedAndFilled, opening.RegisterInterest("U2", Now));
        Assert.False(opening.IsOpenAt(Now));
        Assert.Equal(InterestResult.Closed, opening.RegisterInterest("U3", Now));
        Assert.Equal(2, opening.Interests.Count);
    }

    [Fact]
    public void IsOpenAt_AfterUntil_False()
    {
        var opening = CreateSut(until: Now.AddHours(1));

        Assert.True(opening.IsOpenAt(Now.AddMinutes(59)));
        Assert.False(opening.IsOpenAt(Now.AddHours(1)));
        Assert.Equal(InterestResult.Closed, opening.RegisterInterest("U1", Now.AddHours(2)));
    }

    [Fact]
    public void IsFor_ProjectOpening_OnlyThoseProjects()
    {
        var opening = CreateSut(forProjects: ["chordus", "atlas"]);

        Assert.True(opening.IsFor(["atlas"]));
        Assert.False(opening.IsFor(["orion"]));
        Assert.False(opening.IsFor([]));
        Assert.Equal(["chordus", "atlas"], opening.ProjectKeys);
    }

    [Fact]
    public void Close_Twice_SecondIsNoOp()
    {
        var opening = CreateSut();

        Assert.True(opening.Close("U0LEAD", Now));
        Assert.False(opening.Close("U0LEAD", Now));
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("work", 0)]
    public void Post_Invalid_Throws(string text, int slots) =>
        Assert.Throws<DomainException>(() => Opening.Post(text, "U0LEAD", Now, null, slots));
}

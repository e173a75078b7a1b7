using PauseBot.Features.Shared.Text;

namespace PauseBot.Tests.Features.Shared.Text;

public class DateTextTests
{
    private static readonly DateOnly Christmas = new(2026, 12, 25);

    [Theory]
    [InlineData("2026-12-25")]
    [InlineData(" 2026-12-25 ")]
    public void ParseDate_IsoDate_ReturnsDate(string text)
    {
        var result = DateText.ParseDate(text);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(Christmas, result.Date);
    }

    [Theory]
    [InlineData("2026-02-30", "`2026-02-30` isn't a real date. Use `YYYY-MM-DD`")]
    [InlineData("25/12/2026", "I couldn't read `25/12/2026` as a date.")]
    [InlineData("", "Please give a date.")]
    [InlineData(null, "Please give a date.")]
    public void ParseDate_Invalid_ReturnsError(string? text, string expectedFragment)
    {
        var result = DateText.ParseDate(text);
        Assert.False(result.IsSuccess);
        Assert.Contains(expectedFragment, result.Error);
    }

    [Fact]
    public void ParseDates_List_ReturnsSortedDistinctDates()
    {
        var result = DateText.ParseDates("2026-12-26, 2026-12-25 2026-12-26,2027-01-01");
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal([Christmas, new DateOnly(2026, 12, 26), new DateOnly(2027, 1, 1)], result.Dates);
    }

    [Theory]
    [InlineData("2026-12-25, xmas", "I couldn't read `xmas` as a date.")]
    [InlineData(" , ", "Please give at least one date.")]
    public void ParseDates_BadEntry_ReportsIt(string text, string expectedFragment)
    {
        var result = DateText.ParseDates(text);
        Assert.False(result.IsSuccess);
        Assert.Empty(result.Dates);
        Assert.Contains(expectedFragment, result.Error);
    }
}

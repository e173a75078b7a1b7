using PauseBot.Core.Projects;

namespace PauseBot.Core.Tests.Projects;

public class SlugTests
{
    [Theory]
    [InlineData("chordus")]
    [InlineData("ab")]
    [InlineData("a1")]
    [InlineData("acme-web-2")]
    [InlineData("a-")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghij")] // 40
    public void IsValid_ConformingKey_ReturnsTrue(string key)
    {
        Assert.True(Slug.IsValid(key));
        Assert.Null(Slug.Validate(key));
    }

    [Theory]
    [InlineData(null, KeyIssue.Missing, null)]
    [InlineData("", KeyIssue.Missing, null)]
    [InlineData("a", KeyIssue.TooShort, null)]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijk", KeyIssue.TooLong, null)]
    [InlineData("1abc", KeyIssue.MustStartWithLetter, null)]
    [InlineData("-abc", KeyIssue.MustStartWithLetter, null)]
    [InlineData("Chordus", KeyIssue.MustStartWithLetter, null)]
    [InlineData("chorDus", KeyIssue.BadCharacter, 'D')]
    [InlineData("my_key", KeyIssue.BadCharacter, '_')]
    [InlineData("my key", KeyIssue.BadCharacter, ' ')]
    [InlineData("café", KeyIssue.BadCharacter, 'é')]
    public void Validate_InvalidKey_NamesTheIssue(string? key, KeyIssue issue, char? character)
    {
        Assert.False(Slug.IsValid(key));
        Assert.Equal(new KeyProblem(key ?? "", issue, character), Slug.Validate(key));
    }

    [Theory]
    [InlineData("  Chordus ", "chordus")]
    [InlineData(null, "")]
    [InlineData("ACME-Web", "acme-web")]
    public void Normalize_TrimsAndLowercases(string? input, string expected) =>
        Assert.Equal(expected, Slug.Normalize(input));
}

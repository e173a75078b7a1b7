using PauseBot.Core.Text;

namespace PauseBot.Core.Tests.Text;

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
    public void Validate_InvalidKey_ExplainsProblemAndRule(string? key, string expectedFragment)
    {
        Assert.False(Slug.IsValid(key));
        var error = Slug.Validate(key);
        Assert.NotNull(error);
        Assert.Contains(expectedFragment, error);
        Assert.EndsWith(Slug.Rule, error);
    }

    [Theory]
    [InlineData("  Chordus ", "chordus")]
    [InlineData(null, "")]
    [InlineData("ACME-Web", "acme-web")]
    public void Normalize_TrimsAndLowercases(string? input, string expected) =>
        Assert.Equal(expected, Slug.Normalize(input));
}

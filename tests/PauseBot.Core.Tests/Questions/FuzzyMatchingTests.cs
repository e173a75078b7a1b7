using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

public sealed class FuzzyMatchingTests
{
    [Theory]
    [InlineData("pause", "pause", 0)]
    [InlineData("unpaused", "unpasued", 1)] // transposition counts once
    [InlineData("billable", "billabe", 1)]
    [InlineData("resume", "resum", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_is_optimal_string_alignment(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, 5));

    [Fact]
    public void Edit_distance_stops_at_the_bound() =>
        Assert.Equal(2, EditDistance.Bounded("notification", "completely", 1));

    [Theory]
    [InlineData("paused", "paus")]
    [InlineData("pausing", "paus")]
    [InlineData("pauses", "paus")]
    [InlineData("logged", "log")]
    [InlineData("stopped", "stop")]
    [InlineData("billing", "bill")]
    [InlineData("companies", "company")]
    [InlineData("status", "status")]
    [InlineData("hrs", "hrs")]
    public void Stemmer_conflates_inflections(string word, string stem)
    {
        Span<char> buffer = stackalloc char[Stemmer.MaxLength];
        Assert.Equal(stem, new string(buffer[..Stemmer.Stem(word, buffer)]));
    }

    [Theory]
    [InlineData("billabe", "billable")]
    [InlineData("unpasued", "unpaused")]
    [InlineData("resum", "resume")]
    [InlineData("notificatoins", "notification")]
    [InlineData("suspnded", "suspended")]
    [InlineData("invocie", "invoice")]
    public void Typos_map_to_the_same_cues_as_the_real_word(string typo, string word) =>
        Assert.Equal(Lexicon.Shared.Word(word), Lexicon.Shared.Word(typo));

    [Theory]
    [InlineData("chance")]  // one edit from "change", but a different word
    [InlineData("party")]
    [InlineData("would")]   // function words are never corrected
    [InlineData("xyzzy")]
    public void Real_words_and_noise_are_not_fuzzy_corrected(string word) =>
        Assert.Equal(Concept.None, Lexicon.Shared.Word(word));
}

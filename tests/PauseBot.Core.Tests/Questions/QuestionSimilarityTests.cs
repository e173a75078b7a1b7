using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

public sealed class QuestionSimilarityTests
{
    [Fact]
    public void Identical_questions_score_one() =>
        Assert.Equal(1.0, QuestionSimilarity.Score("Can I bill hours?", "can i bill hours"), 6);

    [Theory]
    [InlineData("Can I log hours while the project is paused?", "can i log hrs while its on hold")]
    [InlineData("When will Chordus resume?", "wen will chordus restart??")]
    [InlineData("Why was the project suspended?", "why is the project paused")]
    [InlineData("Who is the lead for Chordus?", "whos the manager of chordus")]
    public void Paraphrases_score_at_or_above_the_recommended_threshold(string faq, string question) =>
        Assert.True(QuestionSimilarity.Score(faq, question) >= QuestionSimilarity.RecommendedThreshold,
            $"score {QuestionSimilarity.Score(faq, question):F2}");

    [Theory]
    [InlineData("Can I log hours while the project is paused?", "who is the lead on chordus")]
    [InlineData("When will Chordus resume?", "why was chordus paused")]
    [InlineData("Is there other work available?", "what happens to hours already logged")]
    public void Different_questions_score_below_the_threshold(string faq, string question) =>
        Assert.True(QuestionSimilarity.Score(faq, question) < QuestionSimilarity.RecommendedThreshold,
            $"score {QuestionSimilarity.Score(faq, question):F2}");

    [Fact]
    public void Is_symmetric_and_bounded()
    {
        const string a = "will last week's invoice be paid";
        const string b = "is my invoice from last week getting paid";

        Assert.Equal(QuestionSimilarity.Score(a, b), QuestionSimilarity.Score(b, a), 9);
        Assert.InRange(QuestionSimilarity.Score(a, b), 0.0, 1.0);
    }

    [Theory]
    [InlineData("", "anything")]
    [InlineData("the a of", "is it")]
    public void Empty_or_function_word_only_text_scores_zero(string a, string b) =>
        Assert.Equal(0.0, QuestionSimilarity.Score(a, b));
}

using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

public sealed class IntentClassifierTests
{
    private static readonly IntentClassifier Classifier = new();

    [Theory]
    [InlineData("r we getting paid while its paused??", Intent.BillableStatus)]
    [InlineData("can i log hrs", Intent.BillableStatus)]
    [InlineData("when's it unpaused", Intent.ResumeEta)]
    [InlineData("any idea y they stopped it", Intent.PauseReason)]
    [InlineData("shud i keep coding or stop", Intent.NextSteps)]
    [InlineData("hw do i get notified", Intent.NotifyMe)]
    [InlineData("will last week's invoice be paid", Intent.PastHours)]
    [InlineData("what about the time I put in yesterday", Intent.PastHours)]
    [InlineData("back next week?", Intent.ResumeEta)]
    [InlineData("what's going on with scope", Intent.PauseReason)]
    [InlineData("keep my branch?", Intent.NextSteps)]
    [InlineData("can i be moved", Intent.AlternativeWork)]
    [InlineData("who's in charge", Intent.Contact)]
    [InlineData("is chordus still on?", Intent.Status)]
    [InlineData("let me know when it resumes", Intent.NotifyMe)]
    [InlineData("can you reset my password", Intent.Unknown)]
    [InlineData("what's the wifi password", Intent.Unknown)]
    [InlineData("lol", Intent.Unknown)]
    public void Classifies_phrases_from_the_brief(string text, Intent expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Intent);

    [Theory]
    [InlineData("can i log into vpn")]
    [InlineData("what hours is the office open")]
    [InlineData("who won the game")]
    [InlineData("tell me a joke")]
    [InlineData("sorry wrong channel")]
    public void Near_misses_are_unknown(string text) =>
        Assert.Equal(Intent.Unknown, Classifier.Classify(text).Intent);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("<@U0BOT>")]
    [InlineData("?!?!")]
    public void Empty_or_content_free_input_is_unknown_with_no_tokens(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal(Intent.Unknown, result.Intent);
        Assert.Empty(result.Tokens);
        Assert.Equal(1.0, result.Confidence);
    }

    [Fact]
    public void Exposes_normalised_tokens_for_project_name_detection()
    {
        var result = Classifier.Classify("<@U0BOT> Is CHORDUS still on??");

        Assert.Equal(["is", "chordus", "still", "on"], result.Tokens);
        Assert.Equal(Intent.Status, result.Intent);
    }

    [Fact]
    public void Confidence_is_between_zero_and_one_and_higher_for_clear_questions()
    {
        var clear = Classifier.Classify("when will chordus resume, any eta?");
        var vague = Classifier.Classify("when");

        Assert.InRange(clear.Confidence, 0.0, 1.0);
        Assert.InRange(vague.Confidence, 0.0, 1.0);
        Assert.Equal(Intent.ResumeEta, clear.Intent);
        Assert.True(clear.Confidence > 0.5);
    }

    [Fact]
    public void Typos_are_tolerated()
    {
        Assert.Equal(Intent.BillableStatus, Classifier.Classify("is it billabe").Intent);
        Assert.Equal(Intent.ResumeEta, Classifier.Classify("wen r we unpasued").Intent);
        Assert.Equal(Intent.PauseReason, Classifier.Classify("why is the project suspnded").Intent);
        Assert.Equal(Intent.NotifyMe, Classifier.Classify("can i get notificatoins").Intent);
    }

    [Fact]
    public void Is_thread_safe_and_deterministic()
    {
        var texts = QuestionDataSet.All.Select(q => q.Text).ToArray();
        var expected = texts.Select(t => Classifier.Classify(t).Intent).ToArray();

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < texts.Length; i++)
            {
                Assert.Equal(expected[i], Classifier.Classify(texts[i]).Intent);
            }
        });
    }
}

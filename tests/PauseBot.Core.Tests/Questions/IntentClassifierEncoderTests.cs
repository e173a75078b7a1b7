using PauseBot.Core.Questions;
using PauseBot.Encoder;

namespace PauseBot.Core.Tests.Questions;

/// <summary>
/// How the classifier uses its sentence encoder: one call per message (a second, one batch of its parts, only when it is
/// unsure), bounded in size; loaded on the first question without holding up answers; and when it cannot load, the word
/// model answers.
/// </summary>
public sealed class IntentClassifierEncoderTests
{
    private static readonly IntentModel WordModel = IntentModel.LoadShipped();
    private static readonly IntentModel SentenceModel = IntentModel.LoadShippedSentenceModel();

    private static (IntentClassifier Classifier, RecordingEncoder Encoder) WithRecordingEncoder()
    {
        var encoder = new RecordingEncoder(MiniLmSentenceEncoder.Shared);
        return (new IntentClassifier(WordModel, SentenceModel, encoder), encoder);
    }

    [Fact]
    public void A_message_the_sentence_model_is_sure_of_is_one_encoder_call_and_its_second_question_is_still_found()
    {
        var (classifier, encoder) = WithRecordingEncoder();

        var result = classifier.Classify("can i still bill hours while we are paused? who is the lead now?");

        Assert.Equal(["can i still bill hours while we are paused who is the lead now"], Assert.Single(encoder.Calls));
        Assert.Equal([Intent.BillableStatus, Intent.Contact], new[] { result.Intent, result.Also ?? Intent.Unknown }.Order());
    }

    [Fact]
    public void A_message_it_is_unsure_of_has_its_last_parts_encoded_in_one_batch()
    {
        var (classifier, encoder) = WithRecordingEncoder();

        var result = classifier.Classify("hello team. i have a few things. my laptop is broken. also the vpn is slow. the wifi is down too. when do we resume?");

        Assert.Equal(2, encoder.Calls.Count);
        Assert.Equal(["my laptop is broken", "also the vpn is slow", "the wifi is down too", "when do we resume"], encoder.Calls[1]);
        Assert.Equal(IntentClassifier.MaxParts, encoder.Calls[1].Count);
        Assert.Equal(Intent.ResumeEta, result.Intent);
    }

    [Fact]
    public void A_long_message_is_encoded_up_to_its_last_words()
    {
        var (classifier, encoder) = WithRecordingEncoder();
        var context = string.Concat(Enumerable.Repeat("i was working on the payments module all week and the client asked us to stop today. ", 12));

        var result = classifier.Classify(context + "can i still log hours?");

        var whole = encoder.Calls[0];
        Assert.Equal(IntentModel.MaxEncodedWords, Assert.Single(whole).Split(' ').Length);
        Assert.EndsWith("can i still log hours", whole[0]);
        Assert.Equal(Intent.BillableStatus, result.Intent);
    }

    [Fact]
    public void A_one_part_message_is_one_text()
    {
        var (classifier, encoder) = WithRecordingEncoder();

        classifier.Classify("when do we resume");

        Assert.Equal(["when do we resume"], Assert.Single(encoder.Calls));
    }

    [Fact]
    public void Empty_input_is_not_encoded()
    {
        var (classifier, encoder) = WithRecordingEncoder();

        Assert.Equal(Intent.Unknown, classifier.Classify("🙂 <@U0BOT>").Intent);

        Assert.Empty(encoder.Calls);
    }

    [Fact]
    public void An_encoder_that_cannot_load_leaves_the_word_model_answering()
    {
        var failing = new IntentClassifier(() => throw new DllNotFoundException("onnxruntime"));
        var missing = new IntentClassifier(() => null);

        foreach (var classifier in new[] { failing, missing })
        {
            var result = classifier.Classify("can i still log my hours while we're paused?");

            Assert.Equal(Intent.BillableStatus, result.Intent);
            Assert.True(result.Confidence >= IntentClassifier.Threshold);
            Assert.True(classifier.IsReady);
            Assert.False(classifier.UsesSentences);
        }
    }

    [Fact]
    public void Live_questions_are_answered_while_the_encoder_loads_and_use_it_once_loaded()
    {
        using var gate = new ManualResetEventSlim();
        var encoder = new RecordingEncoder(MiniLmSentenceEncoder.Shared);
        var classifier = new IntentClassifier(() =>
        {
            gate.Wait(TimeSpan.FromMinutes(2));
            return encoder;
        });

        var before = classifier.ClassifyIfReady("can i log hours today?"); // starts loading on a background thread, which waits at the gate

        Assert.Equal(Intent.BillableStatus, before.Intent);
        Assert.False(classifier.UsesSentences);
        Assert.Empty(encoder.Calls);
        gate.Set();
        Assert.True(SpinWait.SpinUntil(() => classifier.UsesSentences, TimeSpan.FromMinutes(2)), "the encoder never loaded");
        var after = classifier.ClassifyIfReady("when do we resume?");

        Assert.Equal(Intent.ResumeEta, after.Intent);
        Assert.Equal(["when do we resume"], encoder.Calls[^1]);
    }

    [Fact]
    public void The_encoder_gives_the_same_unit_vectors_to_questions_asked_at_once()
    {
        var texts = QuestionDataSet.Test.Take(64).Select(q => string.Join(' ', TextNormalizer.Tokenize(q.Text))).Where(t => t.Length > 0).ToList();
        var encoder = MiniLmSentenceEncoder.Shared;
        var alone = texts.Select(t => encoder.Encode([t])[0]).ToList();

        var together = new float[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = encoder.Encode([texts[i]])[0]);

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(alone[i], together[i]);
            Assert.Equal(1f, MathF.Sqrt(alone[i].Sum(x => x * x)), 4);
        }
    }
}

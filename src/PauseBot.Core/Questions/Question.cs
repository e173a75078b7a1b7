namespace PauseBot.Core.Questions;

/// <summary>
/// A contractor's question the bot could not answer itself, sent to the project's leads. The lead's answer goes
/// back to where it was asked (the DM, or the thread of the mention) and the pair is kept.
/// </summary>
public sealed class Question
{
    private Question() { }

    public Question(string projectKey, string askerId, string text, string intent, string channelId, string? threadTs, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        ProjectKey = projectKey;
        AskerId = askerId;
        Text = text;
        Intent = intent;
        ChannelId = channelId;
        ThreadTs = threadTs;
        AskedAt = at;
        State = QuestionState.Open;
    }

    public Guid Id { get; private set; }
    public string ProjectKey { get; private set; } = "";
    public string AskerId { get; private set; } = "";
    public string Text { get; private set; } = "";
    /// <summary>The intent the classifier gave it, snake_case (e.g. <c>unknown</c>).</summary>
    public string Intent { get; private set; } = "";
    /// <summary>Where the asker asked: a DM or a channel (then <see cref="ThreadTs"/> is the thread).</summary>
    public string ChannelId { get; private set; } = "";
    public string? ThreadTs { get; private set; }
    public DateTimeOffset AskedAt { get; private set; }
    public QuestionState State { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Records the lead's answer; false when it was already answered (a double submit changes nothing).</summary>
    public bool RecordAnswer(string answer, string by, DateTimeOffset at)
    {
        if (State == QuestionState.Answered) return false;
        Answer = answer.Trim();
        AnsweredBy = by;
        AnsweredAt = at;
        State = QuestionState.Answered;
        return true;
    }
}

public enum QuestionState
{
    Open,
    Answered,
}

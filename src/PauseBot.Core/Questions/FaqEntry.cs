namespace PauseBot.Core.Questions;

/// <summary>A lead's answer saved for reuse: a new question close enough to <see cref="Question"/> gets <see cref="Answer"/>.</summary>
public sealed class FaqEntry
{
    private FaqEntry() { }

    public FaqEntry(string projectKey, string question, string answer, string createdBy, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        ProjectKey = projectKey;
        Question = question;
        Answer = answer;
        CreatedBy = createdBy;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public string ProjectKey { get; private set; } = "";
    public string Question { get; private set; } = "";
    public string Answer { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}

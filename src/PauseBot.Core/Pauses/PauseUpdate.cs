namespace PauseBot.Core.Pauses;

/// <summary>A lead's update posted while a project is paused.</summary>
public sealed class PauseUpdate
{
    private PauseUpdate() { }

    internal PauseUpdate(Guid pauseId, string author, string text, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        PauseId = pauseId;
        Author = author;
        Text = text;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid PauseId { get; private set; }
    public string Author { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public DateTimeOffset? EditedAt { get; private set; }

    internal void Edit(string text, DateTimeOffset at)
    {
        Text = text;
        EditedAt = at;
    }
}

namespace PauseBot.Slack.SocketMode;

/// <summary>A connected socket with its reader: <see cref="Hello"/> when Slack said hello, <see cref="Ending"/> with the
/// <c>disconnect</c> reason (or null when the socket dropped or closed), <see cref="Reader"/> done when nothing more arrives.</summary>
internal sealed class LiveConnection(SocketModeConnection connection) : IDisposable
{
    public SocketModeConnection Connection => connection;
    public int Id => connection.Id;
    public TaskCompletionSource Hello { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource<string?> Ending { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public CancellationTokenSource ReaderStop { get; } = new();
    public Task Reader { get; set; } = Task.CompletedTask;
    public bool Counted { get; set; }

    public void Dispose()
    {
        ReaderStop.Dispose();
        connection.Dispose();
    }
}

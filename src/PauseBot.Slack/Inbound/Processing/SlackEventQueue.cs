using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PauseBot.Slack.Inbound;

internal sealed record QueuedEvent(EventCallback Envelope, string? RetryNum);

/// <summary>
/// The bounded in-process queue between the 200 ack and <see cref="SlackEventProcessor"/>. Counts the events taken in
/// and not yet handled, so <see cref="WhenIdleAsync"/> can say when all of them are done.
/// </summary>
internal sealed class SlackEventQueue(IOptions<SlackInboundOptions> options)
{
    private readonly Channel<QueuedEvent> channel = Channel.CreateBounded<QueuedEvent>(
        new BoundedChannelOptions(Math.Max(1, options.Value.EventQueueCapacity)) { FullMode = BoundedChannelFullMode.Wait });
    private readonly Lock gate = new();
    private int unfinished;
    private TaskCompletionSource? idle;

    /// <summary>False when the queue is full (the caller answers 503 so Slack retries later).</summary>
    public bool TryEnqueue(QueuedEvent item)
    {
        lock (gate) unfinished++;
        if (channel.Writer.TryWrite(item)) return true;
        Finished();
        return false;
    }

    public ChannelReader<QueuedEvent> Reader => channel.Reader;

    /// <summary>An event read from <see cref="Reader"/> has been handled (or has failed).</summary>
    public void Finished()
    {
        TaskCompletionSource? done = null;
        lock (gate)
        {
            if (--unfinished == 0) (done, idle) = (idle, null);
        }
        done?.TrySetResult();
    }

    /// <summary>Completes when every event queued so far has been handled (events dropped at shutdown never are).</summary>
    public Task WhenIdleAsync()
    {
        lock (gate)
            return unfinished == 0 ? Task.CompletedTask : (idle ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }
}

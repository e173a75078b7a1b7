using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PauseBot.Slack.Inbound;

internal sealed record QueuedEvent(EventCallback Envelope, string? RetryNum);

/// <summary>The bounded in-process queue between the 200 ack and <see cref="SlackEventProcessor"/>.</summary>
internal sealed class SlackEventQueue(IOptions<SlackInboundOptions> options)
{
    private readonly Channel<QueuedEvent> channel = Channel.CreateBounded<QueuedEvent>(
        new BoundedChannelOptions(Math.Max(1, options.Value.EventQueueCapacity)) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full (the caller answers 503 so Slack retries later).</summary>
    public bool TryEnqueue(QueuedEvent item) => channel.Writer.TryWrite(item);

    public ChannelReader<QueuedEvent> Reader => channel.Reader;
}

using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Questions;

/// <summary>A DM to the bot is a question; the answer goes into the same DM.</summary>
public sealed class DirectMessageHandler(QuestionAnswering answering, ReplySender replies) : IEventHandler<MessageEvent>
{
    public async Task HandleAsync(EventCallback envelope, MessageEvent message, CancellationToken ct)
    {
        if (message.ChannelType != "im" || message.User is null || message.Channel is null || string.IsNullOrWhiteSpace(message.Text))
            return;
        var asked = new Asked(message.User, Mrkdwn.Unescape(message.Text), message.Channel, message.ThreadTs);
        var composed = await answering.ComposeAsync(asked, null, preview: false, ct);
        await replies.SendAsync(asked, composed.Message, message.Ts, ct);
    }
}

/// <summary>A mention of the bot is a question; in a channel the answer goes into the mention's thread.</summary>
public sealed class MentionHandler(QuestionAnswering answering, ReplySender replies) : IEventHandler<AppMention>
{
    public async Task HandleAsync(EventCallback envelope, AppMention mention, CancellationToken ct)
    {
        if (mention.User is null || mention.Channel is null) return;
        var asked = new Asked(mention.User, Mrkdwn.Unescape(mention.Text), mention.Channel, mention.ThreadTs ?? mention.Ts);
        var composed = await answering.ComposeAsync(asked, null, preview: false, ct);
        await replies.SendAsync(asked, composed.Message, mention.Ts, ct);
    }
}

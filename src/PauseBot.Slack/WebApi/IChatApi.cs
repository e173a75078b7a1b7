namespace PauseBot.Slack.WebApi;

/// <summary><c>chat.*</c> methods. https://docs.slack.dev/reference/methods?family=chat</summary>
public interface IChatApi
{
    /// <summary><c>chat.postMessage</c>: posts to a channel (or a user id → the bot's DM). Not retried on 5xx (not idempotent).</summary>
    Task<PostMessageResponse> PostMessageAsync(Message message, CancellationToken ct = default);

    /// <summary><c>chat.postEphemeral</c>: a message only <paramref name="userId"/> sees; they must be in the channel.</summary>
    Task<PostEphemeralResponse> PostEphemeralAsync(string userId, Message message, CancellationToken ct = default);

    /// <summary><c>chat.update</c>: replaces the text/blocks of a message the bot posted.</summary>
    Task<UpdateResponse> UpdateAsync(MessageUpdate update, CancellationToken ct = default);
}

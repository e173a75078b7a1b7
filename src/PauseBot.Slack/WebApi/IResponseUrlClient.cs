using PauseBot.Slack.Handlers;

namespace PauseBot.Slack.WebApi;

/// <summary>
/// Posts a message to an interaction's <c>response_url</c> (absolute URL, no token; up to 5 times within 30 minutes;
/// the response body is opaque). Not retried except on 429. https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
/// </summary>
public interface IResponseUrlClient
{
    Task PostAsync(string responseUrl, SlackResponse response, CancellationToken ct = default);
}

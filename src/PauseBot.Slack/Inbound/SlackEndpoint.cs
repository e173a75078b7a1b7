namespace PauseBot.Slack.Inbound;

/// <summary>Which of the three Slack Request URLs a request arrived on.</summary>
public enum SlackEndpoint
{
    /// <summary>Slash commands: form body. https://docs.slack.dev/interactivity/implementing-slash-commands</summary>
    Commands,

    /// <summary>Events API: JSON body. https://docs.slack.dev/apis/events-api/using-http-request-urls</summary>
    Events,

    /// <summary>Interactivity: form body with a JSON <c>payload</c> field. https://docs.slack.dev/interactivity/handling-user-interaction</summary>
    Interactions,
}

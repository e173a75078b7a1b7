namespace PauseBot.Slack.WebApi;

/// <summary>
/// Tells an ambiguous failure from a definite one, for calls that are not safe to repeat blindly (<c>chat.postMessage</c>):
/// after an ambiguous failure the message may be in Slack already, so look before posting again; after a definite one
/// (<c>channel_not_found</c>, <c>ratelimited</c>, …) Slack did nothing.
/// </summary>
public static class SlackFailure
{
    /// <summary>
    /// True when the failed call may have taken effect: a <see cref="SlackApiException"/> whose
    /// <see cref="SlackApiException.MayHaveTakenEffect"/> says so, or a network error or timeout that escaped the client.
    /// False for everything else, e.g. an argument rejected before anything was sent.
    /// </summary>
    public static bool MayHaveTakenEffect(Exception failure) => failure switch
    {
        SlackApiException slack => slack.MayHaveTakenEffect,
        HttpRequestException or TimeoutException or OperationCanceledException => true,
        _ => false,
    };
}

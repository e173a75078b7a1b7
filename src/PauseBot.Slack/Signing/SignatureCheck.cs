namespace PauseBot.Slack.Signing;

/// <summary>Outcome of checking a request's Slack signature. Anything but <see cref="Valid"/> is answered with 401.</summary>
public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    StaleTimestamp,
    BadSignature,
}

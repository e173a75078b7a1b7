namespace PauseBot.Slack.Inbound;

/// <summary>
/// A Slack HTTP request as the host received it, without any web framework types. <paramref name="Body"/> is the raw
/// body (needed byte-for-byte for the signature). Header names are matched case-insensitively by <see cref="Header"/>
/// whatever comparer <paramref name="Headers"/> uses; passing a case-insensitive dictionary just makes it faster.
/// </summary>
public sealed record SlackHttpRequest(
    SlackEndpoint Endpoint,
    string? ContentType,
    IReadOnlyDictionary<string, string> Headers,
    ReadOnlyMemory<byte> Body)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public const string RetryNumHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";

    /// <summary>The value of header <paramref name="name"/>, matched case-insensitively, or null.</summary>
    public string? Header(string name)
    {
        if (Headers.TryGetValue(name, out var value))
            return value;
        foreach (var (key, v) in Headers)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return v;
        return null;
    }
}

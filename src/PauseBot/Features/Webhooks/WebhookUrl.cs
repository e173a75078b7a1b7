namespace PauseBot.Features.Webhooks;

/// <summary>
/// Which receiver URLs are accepted: https anywhere, plain http only on loopback (127.0.0.1, localhost, [::1]) for
/// local receivers and tests. No credentials in the URL. Slack's own <c>&lt;url&gt;</c> wrapping is removed.
/// </summary>
public static class WebhookUrl
{
    public const string Rule = "Use an `https://` URL (plain `http://` only on 127.0.0.1, localhost or [::1]).";

    /// <summary>The normalised URL, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static Uri? Parse(string text, out string? error)
    {
        var raw = text.Trim();
        if (raw.StartsWith('<') && raw.EndsWith('>')) raw = raw[1..^1].Split('|')[0];
        error = null;
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            error = $"`{raw}` is not a web address. {Rule}";
        else if (uri.Scheme == "http" && !uri.IsLoopback)
            error = $"`{raw}` is plain http. {Rule}";
        else if (uri.UserInfo.Length > 0)
            error = "Don't put credentials in the URL; verify the `X-PauseBot-Signature` header instead.";
        else if (raw.Length > 2000)
            error = "That URL is too long (2000 characters at most).";
        return error is null ? uri : null;
    }
}

using Microsoft.Extensions.Options;
using static PauseBot.Configuration.OptionsRules;

namespace PauseBot.Configuration;

/// <summary>The <c>PauseBot</c> section: admins are Slack user ids, intervals are positive, the public URL is http(s), the backdate policy is known.</summary>
public sealed class PauseBotOptionsValidator : IValidateOptions<PauseBotOptions>
{
    private const string S = PauseBotOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, PauseBotOptions options)
    {
        var failures = new List<string>();
        foreach (var admin in options.Admins)
            if (admin is not { Length: > 1 } || !(admin[0] is 'U' or 'W'))
                failures.Add($"{S}Admins entry '{admin}' is not a Slack user id (U…/W…).");
        Positive(failures, S + nameof(options.SweepInterval), options.SweepInterval);
        Positive(failures, S + nameof(options.PromiseInterval), options.PromiseInterval);
        NotNegative(failures, S + nameof(options.MembershipCacheTime), options.MembershipCacheTime);
        AtLeast(failures, S + nameof(options.MaxRequestBodyBytes), options.MaxRequestBodyBytes, 1024);
        if (options.PublicBaseUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && IsAbsoluteHttp(parsed)))
            failures.Add($"{S}PublicBaseUrl '{url}' is not an absolute http(s) URL.");
        Positive(failures, S + nameof(options.ExportLinkLifetime), options.ExportLinkLifetime);
        Positive(failures, S + nameof(options.WebhookDisableAfter), options.WebhookDisableAfter);
        Positive(failures, S + nameof(options.WebhookTimeout), options.WebhookTimeout);
        NotNegative(failures, S + nameof(options.MaxBackdate), options.MaxBackdate);
        Defined(failures, S + nameof(options.BackdatePolicy), options.BackdatePolicy);
        return Result(failures);
    }
}

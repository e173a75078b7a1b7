using System.Globalization;

namespace PauseBot.TimeTracking.Http;

/// <summary>
/// The words of a failure for a lead: what PauseBot tried, what the tracker answered, and what to do. Each vendor client
/// supplies its hints (where to get a token, what role is needed, where the project id is shown).
/// </summary>
internal sealed record FailureText(TrackerKind Tracker, string UnauthorizedHint, string ForbiddenHint, string NotFoundHint)
{
    /// <summary>A <see cref="DescribeFailure"/> for one call: <paramref name="action"/> as "archive project 42", <paramref name="subject"/> as "project 42".</summary>
    public DescribeFailure For(string action, string subject) => (kind, status, vendor) =>
    {
        var name = Tracker.DisplayName();
        var said = vendor is null ? "" : $" {name} said: “{vendor}”.";
        var code = status is { } s ? "HTTP " + s.ToString(CultureInfo.InvariantCulture) : "no answer";
        return kind switch
        {
            TrackerFailureKind.Unauthorized => $"{name} refused PauseBot's credentials when it tried to {action} ({code}).{said} {UnauthorizedHint}",
            TrackerFailureKind.Forbidden => $"{name} does not let PauseBot's credentials {action} ({code}).{said} {ForbiddenHint}",
            TrackerFailureKind.NotFound => $"{name} has no {subject} for PauseBot's credentials ({code}).{said} {NotFoundHint}",
            TrackerFailureKind.Transient => $"{name} did not answer when PauseBot tried to {action} ({code}{(vendor is null ? "" : ": " + vendor)}), even after retrying. PauseBot tries again later; nothing to do unless it lasts.",
            _ => $"{name} refused to {action} ({code}).{said} Check the project in {name}; PauseBot does not retry this.",
        };
    };
}

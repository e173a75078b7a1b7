using System.Globalization;
using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Shared;

/// <summary>
/// How every text names the instant hours stop being billable. A pause announced at its cutoff has one instant; a backdated
/// one has two (the cutoff, and when it was announced), and each text states both, saying which one decides billing
/// (<see cref="Pause.NotBillableFrom"/>, from the one billable rule).
/// </summary>
public static class CutoffText
{
    /// <summary>The instant work stops being billable, with the other one beside it when they differ:
    /// <c>&lt;cutoff&gt; (announced &lt;time&gt;)</c>, or under the announcement policy <c>&lt;time&gt;, when it was announced (cutoff &lt;cutoff&gt;)</c>.</summary>
    public static string Since(Pause pause)
    {
        if (!pause.IsBackdated) return SlackDate.Token(pause.NotBillableFrom);
        return pause.BackdatePolicy == BackdatePolicy.Announcement
            ? $"{SlackDate.Token(pause.AnnouncedAt)}, when it was announced (cutoff {SlackDate.Token(pause.EffectiveAt)})"
            : $"{SlackDate.Token(pause.EffectiveAt)} (announced {SlackDate.Token(pause.AnnouncedAt)})";
    }

    /// <summary>For a backdated pause, what happens to hours worked between the cutoff and the announcement; null otherwise.</summary>
    public static string? Between(Pause pause)
    {
        if (!pause.IsBackdated) return null;
        var cutoff = SlackDate.Token(pause.EffectiveAt);
        var announced = SlackDate.Token(pause.AnnouncedAt);
        return pause.BackdatePolicy == BackdatePolicy.Announcement
            ? $"The cutoff ({cutoff}) was set after the fact, and hours are billable until the pause was announced ({announced}), also those after the cutoff. Time from {announced} on is not billable."
            : $"The cutoff was set after the fact: time from {cutoff} on is not billable, even if you worked it before the pause was announced ({announced}). Hours before {cutoff} are billable as usual.";
    }

    /// <summary>What confirming a backdated pause does, in the words of the slash commands (the reply with Confirm / Cancel).</summary>
    public static string Confirmation(BackdateToConfirm c)
    {
        var name = $"*{Mrkdwn.Escape(c.Project.DisplayName)}*";
        var cutoff = SlackDate.Token(c.Draft.EffectiveAt);
        var ago = Span(c.Draft.RequestedAt - c.Draft.EffectiveAt);
        var what = c.Policy == BackdatePolicy.Announcement
            ? $"⚠️ The cutoff {cutoff} is {ago} ago. Under this workspace's backdate policy hours on {name} stay billable until the pause "
              + "is announced, when you confirm; the cutoff is recorded and shown beside it."
            : $"⚠️ Hours on {name} from {cutoff} become not billable: that is {ago} ago, including hours people worked before this announcement.";
        return what + $" Confirm to pause and announce it now in {string.Join(", ", c.Project.Channels.Select(ch => $"<#{ch.ChannelId}>"))}; Cancel leaves everything as it is.";
    }

    /// <summary><c>45 min</c>, <c>3 h</c>, <c>29 h 15 min</c>, <c>7 days</c>: how long ago a cutoff was.</summary>
    public static string Span(TimeSpan span)
    {
        var minutes = (long)Math.Round(span.Duration().TotalMinutes);
        if (minutes < 60) return string.Create(CultureInfo.InvariantCulture, $"{minutes} min");
        if (minutes % (24 * 60) == 0 && minutes >= 48 * 60) return string.Create(CultureInfo.InvariantCulture, $"{minutes / (24 * 60)} days");
        var (hours, rest) = (minutes / 60, minutes % 60);
        return rest == 0 ? string.Create(CultureInfo.InvariantCulture, $"{hours} h")
            : string.Create(CultureInfo.InvariantCulture, $"{hours} h {rest} min");
    }
}

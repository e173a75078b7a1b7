using System.Globalization;
using PauseBot.Core.Openings;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Shared;

/// <summary>How openings look wherever contractors meet them: answers, App Home, pause announcements.</summary>
public static class OpeningBlocks
{
    /// <summary>The "I'm interested" button of an opening.</summary>
    public const string InterestAction = "opening_interest";

    /// <summary>At most this many openings are shown in one message (Slack limits blocks per message).</summary>
    public const int MaxShown = 5;

    /// <summary>One opening as one mrkdwn line: number, text, skills, slots left and end.</summary>
    public static string Line(Opening opening)
    {
        var parts = new List<string> { $"*#{opening.Id}* {Mrkdwn.Escape(Blocks.Truncate(opening.Text, 500))}" };
        if (opening.Skills is { } skills) parts.Add($"skills: {Mrkdwn.Escape(skills)}");
        if (opening.SlotsLeft is { } left) parts.Add(left == 1 ? "1 slot left" : $"{left} slots left");
        if (opening.Until is { } until) parts.Add($"until {SlackDate.Token(until)}");
        return string.Join(" · ", parts);
    }

    /// <summary>A section per opening, each with its "I'm interested" button.</summary>
    public static IEnumerable<Block> Sections(IReadOnlyList<Opening> openings) =>
        openings.Take(MaxShown).Select(o => (Block)Blocks.Section(Line(o), InterestButton(o)));

    public static ButtonElement InterestButton(Opening opening) =>
        Blocks.Button(InterestAction, "I'm interested", opening.Id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Plain summary for answer texts: "Other work is available: #1 …; #2 …".</summary>
    public static string Summary(IReadOnlyList<Opening> openings) =>
        "Other work is available:\n" + string.Join("\n", openings.Take(MaxShown).Select(o => "• " + Line(o)))
        + (openings.Count > MaxShown ? $"\n…and {openings.Count - MaxShown} more: `/pausebot openings list`." : "");
}

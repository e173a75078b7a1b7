using PauseBot.Core;
using PauseBot.Slack.Blocks;
using static PauseBot.Slack.Blocks.BlockKitLimits;

namespace PauseBot.Features.Shared;

/// <summary>
/// How long each text a person types may be: what the message it is shown in can hold, less the room that message's template
/// needs around it. Checked before anything is built or saved (a refusal names the field and its limit); the modals' inputs
/// carry the same numbers as <c>max_length</c>. Counted as Slack counts, on the text as sent: <c>&amp;</c>, <c>&lt;</c> and
/// <c>&gt;</c> go escaped and count as 5, 4 and 4.
/// </summary>
public static class TextLimits
{
    /// <summary>
    /// The room one typed text leaves for the rest of its block: the template's own words (the longest, the planned pause's
    /// announcement, ~80), a display name (≤ <see cref="DisplayName"/>), a date token (~75), two mentions, and a margin.
    /// </summary>
    public const int TemplateRoom = 500;

    /// <summary>Headers show a display name in full (Slack: 150) and every section quotes it.</summary>
    public const int DisplayName = 80;

    /// <summary>The "Why:" section of the pause announcements (3,000 less the template).</summary>
    public const int Reason = SectionText - TemplateRoom;

    /// <summary>The "What to do now:" section of the pause announcement.</summary>
    public const int Guidance = SectionText - TemplateRoom;

    /// <summary>Shown to leads beside the pause facts; held to the reason's budget so the form's fields read alike.</summary>
    public const int InternalNote = SectionText - TemplateRoom;

    /// <summary>The "📣 Update on …" section; corrected in place with chat.update, whose text holds 4,000.</summary>
    public const int UpdateText = SectionText - TemplateRoom;

    /// <summary>The section of the resume announcement that carries it.</summary>
    public const int ResumeMessage = SectionText - TemplateRoom;

    /// <summary>How much of the contractor's question an answer quotes above the lead's answer.</summary>
    public const int QuotedQuestion = 500;

    /// <summary>The answer's section, which also quotes the question (<see cref="QuotedQuestion"/>).</summary>
    public const int Answer = SectionText - TemplateRoom - QuotedQuestion;

    /// <summary>
    /// An opening's description, which every list shows in full: up to five openings share one answer's text, (3,000 less the
    /// template) / 5 each; its skills, slots and end follow on its line.
    /// </summary>
    public const int OpeningText = (SectionText - TemplateRoom) / OpeningBlocks.MaxShown;

    /// <summary>The "skills:" part of an opening's line.</summary>
    public const int Skills = 200;

    /// <summary>The table: every field a person types, and the most it may hold.</summary>
    public static readonly IReadOnlyDictionary<Field, int> ByField = new Dictionary<Field, int>
    {
        [Field.Reason] = Reason,
        [Field.Guidance] = Guidance,
        [Field.InternalNote] = InternalNote,
        [Field.UpdateText] = UpdateText,
        [Field.ResumeMessage] = ResumeMessage,
        [Field.Answer] = Answer,
        [Field.OpeningText] = OpeningText,
        [Field.Skills] = Skills,
        [Field.DisplayName] = DisplayName,
    };

    /// <summary>The length of <paramref name="text"/> as Slack counts it: escaped.</summary>
    public static int Length(string text) => Mrkdwn.Escape(text).Length;

    /// <summary>The problem with <paramref name="text"/> for <paramref name="field"/>, or null when it fits (or is absent).</summary>
    public static Problem.TooLong? Check(Field field, string? text) =>
        text is not null && Length(text) is var length && length > ByField[field] ? new Problem.TooLong(field, ByField[field], length) : null;

    /// <summary>Every field of <paramref name="texts"/> that is too long, in order.</summary>
    public static IReadOnlyList<Problem.TooLong> Check(params (Field Field, string? Text)[] texts) =>
        [.. texts.Select(t => Check(t.Field, t.Text)).OfType<Problem.TooLong>()];

    /// <summary>The reply to a command whose texts are too long: one line per field.</summary>
    public static Slack.Handlers.SlackResponse Refusal(IReadOnlyList<Problem.TooLong> problems) =>
        Replies.Ephemeral(string.Join("\n", problems.Select(p => Replies.Text(new Invalid(p)))));

    /// <summary>The error a modal shows under the field (plain text, as Slack shows view errors).</summary>
    public static string FieldError(Problem.TooLong problem) => ProblemText.Of(problem);
}

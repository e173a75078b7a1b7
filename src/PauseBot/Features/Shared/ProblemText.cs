using System.Diagnostics;
using System.Globalization;
using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Core.Scheduling;

namespace PauseBot.Features.Shared;

/// <summary>What is wrong with a request, in the words of the slash commands (exhaustive; see <see cref="Replies"/>).</summary>
public static class ProblemText
{
    public const string KeyRule =
        "Project keys are 2–40 characters: lowercase letters, digits and `-`, starting with a letter (e.g. `chordus` or `acme-web-2`).";

    private const string ScheduleExamples = "Try `daily 09:00`, `weekdays 09:00,17:00`, `every monday 10:00` or `every 4h`.";

    public static string Of(Problem problem) => problem switch
    {
        Problem.Missing { Field: Field.Reason } => "Say what contractors may be told: `/pause <project> <public reason…>`.",
        Problem.Missing { Field: Field.UpdateText } => "Write the update: `/pausebot update <project> <message…>`.",
        Problem.Missing { Field: Field.OpeningText } => "Describe the work, e.g. `/pausebot openings add Data labelling for Atlas --slots 3`.",
        Problem.Missing m => $"Please give {Name(m.Field)}.",
        Problem.InThePast { Field: Field.NextUpdate } => "The `--next-update` time is in the past.",
        Problem.InThePast p => $"The {Name(p.Field)} time is in the past. Pick a time from now on.",
        Problem.TooFarBack { Max: var max } when max <= TimeSpan.Zero =>
            "Pauses can't be backdated here (`PauseBot:MaxBackdate` is 0). Pause from now, or from a time ahead.",
        Problem.TooFarBack t =>
            $"The `--at` time is more than {Span(t.Max)} back: a pause can be backdated at most {Span(t.Max)} (`PauseBot:MaxBackdate`). "
            + "Pick a later cutoff, or ask an admin.",
        Problem.ResumeInThePast =>
            "A resume can't be backdated: the `--at` time is in the past. `/resume <project>` resumes now; `--at` takes a time from now on.",
        Problem.ConfirmationExpired e =>
            $"This confirmation has expired (it works for {Span(e.Within)}), so nothing changed. Run the `/pause` command again.",
        Problem.NotAfterStart p => $"The {Name(p.Field)} time must be after the pause takes effect.",
        Problem.TooLong t => string.Create(CultureInfo.InvariantCulture,
            $"{Capitalized(Name(t.Field))} is too long: {t.Length:N0} characters, and the limit is {t.Max:N0} (&, < and > count as 5, 4 and 4)."),
        Problem.OutOfRange r => $"{Name(r.Field)} must be between {r.Min} and {r.Max}.",
        Problem.NoUpdateToEdit => "There is no update to edit yet. Post one with `/pausebot update <project> <message…>`.",
        Problem.BadProjectKey k => Of(k.Key),
        Problem.UnknownTimeZone z => $"`{z.ZoneId}` is not a time zone I know. Use an IANA name such as `Europe/London`.",
        Problem.BadSchedule s => Of(s.Error),
        Problem.NoSuchSchedule s => $"`{s.ProjectKey}` has no schedule {s.Id}. See `/pausebot schedule list {s.ProjectKey}`.",
        Problem.NoSuchOpening o => $"There is no opening #{o.Id}. See `/pausebot openings list`.",
        Problem.PauseIsOver => "That pause is over.",
        _ => throw new UnreachableException($"No words for {problem.GetType().Name}: add it to ProblemText."),
    };

    /// <summary>Why a project key is refused, then the rule.</summary>
    public static string Of(KeyProblem problem)
    {
        var key = problem.Key;
        var shown = key.Length > Slug.MaxLength + 10 ? key[..(Slug.MaxLength + 10)] + "…" : key;
        var what = problem.Issue switch
        {
            KeyIssue.Missing => "Please give a project key.",
            KeyIssue.TooShort => $"`{shown}` is too short.",
            KeyIssue.TooLong => $"`{shown}` is too long ({key.Length} characters).",
            KeyIssue.MustStartWithLetter => $"`{shown}` must start with a lowercase letter.",
            KeyIssue.BadCharacter => $"`{shown}` contains {(problem.Character is { } c && !char.IsWhiteSpace(c) ? $"`{c}`" : "a space")}, which isn't allowed.",
            _ => throw new UnreachableException($"No words for {problem.Issue}."),
        };
        return $"{what} {KeyRule}";
    }

    public static string Of(ScheduleSpecError error) => error switch
    {
        ScheduleSpecError.Empty => $"Tell me when to post updates. {ScheduleExamples}",
        ScheduleSpecError.Unreadable u => $"I couldn't read `{u.Text}` as a schedule. {ScheduleExamples}",
        ScheduleSpecError.MissingDay m => $"`{m.Text}` is missing the day. Did you mean `daily {m.Time}` or `every monday {m.Time}`?",
        ScheduleSpecError.NotAWeekday w => $"`{w.Word}` isn't a day of the week — use e.g. `monday` or `mon`, as in `every mon,thu 10:00`.",
        ScheduleSpecError.NoDay => $"Which day? e.g. `every monday 10:00`. {ScheduleExamples}",
        ScheduleSpecError.MissingTime m => $"Please add a time, e.g. `{Example(m.Kind)}`.",
        ScheduleSpecError.NotATime t => $"`{t.Piece}` isn't a time — use 24-hour `HH:MM` (comma-separated for several), e.g. `{Example(t.Kind)}`.",
        ScheduleSpecError.NotATimeOfDay t => $"`{t.Piece}` isn't a valid time of day — use `00:00`–`23:59`, e.g. `{Example(t.Kind)}`.",
        ScheduleSpecError.HasSeconds s => $"Schedules work to the minute — drop the seconds from `{s.Piece}`.",
        ScheduleSpecError.TooManyTimes t => $"That's more than {t.Max} updates a day — for frequent updates use an interval like `every 30m`.",
        ScheduleSpecError.NotAnInterval i => $"`{i.Text}` isn't a usable interval — use a whole number above zero, e.g. `every 30m` or `every 4h`.",
        ScheduleSpecError.NotWholeMinutes i => $"`{i.Text}` isn't a whole number of minutes — use e.g. `every 30m` or `every 4h`.",
        ScheduleSpecError.TooOften i => $"`{i.Text}` is too often — the shortest interval is {i.Min.TotalMinutes:0} minutes (`every {i.Min.TotalMinutes:0}m`).",
        ScheduleSpecError.TooRare i => $"`{i.Text}` is too long — the longest interval is {i.Max.TotalDays:0} days. For fixed days use e.g. `every monday 10:00`.",
        _ => throw new UnreachableException($"No words for {error.GetType().Name}: add it to ProblemText."),
    };

    private static string Example(ScheduleKind kind) => kind switch
    {
        ScheduleKind.Daily => "daily 09:00",
        ScheduleKind.Weekdays => "weekdays 09:00,17:00",
        ScheduleKind.Weekly => "every monday 10:00",
        _ => "every 4h",
    };

    private static string Capitalized(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string Span(TimeSpan span) => CutoffText.Span(span);

    // How the slash commands name each field.
    private static string Name(Field field) => field switch
    {
        Field.Reason => "the public reason",
        Field.At => "`--at`",
        Field.Until => "`--until`",
        Field.NextUpdate => "`--next-update`",
        Field.UpdateText => "the update",
        Field.OpeningText => "the description",
        Field.Slots => "`--slots`",
        Field.Guidance => "the guidance",
        Field.InternalNote => "the internal note",
        Field.ResumeMessage => "the resume message",
        Field.Answer => "the answer",
        Field.Skills => "the skills",
        Field.DisplayName => "the display name",
        _ => throw new UnreachableException($"No name for {field}."),
    };
}

using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.WebApi;

namespace PauseBot.Features.Pauses;

/// <summary>
/// The pause form: opened by <c>/pause</c> with no reason, submitted as a <c>view_submission</c>. A "Pause from" in the past
/// turns the form into the backdate confirmation (<see cref="BackdateConfirmation"/>), whose buttons finish it.
/// </summary>
public sealed class PauseModal(
    IViewsApi views, PauseLifecycle lifecycle, LifecycleRunner runner, IProjectStore projects, ActorFactory actors,
    TimeProvider time) : IViewSubmissionHandler
{
    public const string CallbackId = "pause_modal";
    private const string Project = "project", Reason = "reason", At = "at", Until = "until", NextUpdate = "next_update",
        Guidance = "guidance", Internal = "internal", Value = "value";

    public async Task<SlackResponse?> OpenAsync(SlashCommand command, string key, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(command.TriggerId))
            return Replies.Ephemeral($"Usage: {PauseCommand.Usage}");
        var modal = Blocks.Modal(CallbackId, "Pause a project",
        [
            Blocks.TextInput(Project, "Project key", Value, initialValue: Slug.IsValid(key) ? key : null, placeholder: "chordus"), // never prefill junk (or 30 kB)
            Blocks.TextInput(Reason, "Public reason (contractors see this)", Value, multiline: true, maxLength: TextLimits.Reason),
            Blocks.TextInput(At, "Pause from (billable cutoff)", Value, optional: true, placeholder: "now, tomorrow 09:00, in 2h, 2h ago, yesterday 09:00"),
            Blocks.TextInput(Until, "Expected resume (estimate)", Value, optional: true, placeholder: "2026-04-20 09:00"),
            Blocks.TextInput(NextUpdate, "Next update by", Value, optional: true, placeholder: "friday 17:00"),
            Blocks.TextInput(Guidance, "What contractors should do now", Value, multiline: true, optional: true, maxLength: TextLimits.Guidance),
            Blocks.TextInput(Internal, "Internal note (leads and admins only)", Value, multiline: true, optional: true,
                maxLength: TextLimits.InternalNote),
        ], submit: "Pause", close: "Cancel");
        try
        {
            await views.OpenAsync(command.TriggerId, modal, ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            return Replies.Ephemeral($"I couldn't open the form ({ex.Error}). Type it instead: {PauseCommand.Usage}");
        }
    }

    public async Task<ViewSubmissionResponse?> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        string? Field(string block) => payload.View.State?.Get(block, Value)?.Value?.Trim() is { Length: > 0 } v ? v : null;
        var key = Slug.Normalize(Field(Project));
        var project = await projects.FindProjectAsync(key, ct);
        var now = time.GetUtcNow();
        var zone = project?.TimeZone ?? TimeZoneInfo.Utc;
        var errors = new Dictionary<string, string>();
        DateTimeOffset? ReadTime(string block)
        {
            var problems = new List<string>();
            var value = TimeArgs.Read(Field(block), block, now, zone, problems);
            if (problems.Count > 0) errors[block] = Blocks.Truncate(problems[0].Replace($"`--{block}`: ", ""), 150);
            return value;
        }
        var details = new PauseDetails(Field(Reason) ?? "", ReadTime(At), ReadTime(Until), ReadTime(NextUpdate),
            Field(Internal), Field(Guidance));
        foreach (var tooLong in PauseCommand.TooLong(details))
            errors[BlockOf(tooLong.Field)] = TextLimits.FieldError(tooLong);
        if (errors.Count > 0) return ViewSubmissionResponse.Errors(errors);

        var outcome = await runner.RunAsync(key, () => lifecycle.PauseAsync(actors.For(payload.User.Id), key, details, ct), ct);
        if (outcome is Paused) return null;
        if (outcome is BackdateToConfirm confirm) return ViewSubmissionResponse.Update(BackdateConfirmation.Modal(confirm));
        return ViewSubmissionResponse.Errors(new Dictionary<string, string> { [BlockOf(outcome)] = Short(outcome) });
    }

    // The form field a refusal or problem is about; anything else is shown under the reason.
    private static string BlockOf(Outcome outcome) => outcome switch
    {
        Refused or NotFound => Project,
        Invalid { What: Problem.InThePast { Field: Core.Field.At } or Problem.TooFarBack } => At,
        Invalid { What: Problem.NotAfterStart { Field: Core.Field.Until } or Problem.InThePast { Field: Core.Field.Until } } => Until,
        Invalid { What: Problem.InThePast { Field: Core.Field.NextUpdate } } => NextUpdate,
        _ => Reason,
    };

    private static string BlockOf(Core.Field field) => field switch
    {
        Core.Field.Guidance => Guidance,
        Core.Field.InternalNote => Internal,
        _ => Reason,
    };

    private static string Short(Outcome outcome) => Blocks.Truncate(Replies.Text(outcome).Replace("*", ""), 150);
}

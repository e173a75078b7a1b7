using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Questions;

/// <summary>A question as asked: by whom, the text, and where to answer (a DM, or a channel thread).</summary>
public sealed record Asked(string AskerId, string Text, string ChannelId, string? ThreadTs);

/// <summary>What the bot says back, with the intent and project it settled on.</summary>
public sealed record Composed(Intent Intent, string? ProjectKey, SlackMessage Message)
{
    /// <summary>The classifier's probability for its best guess (0..1).</summary>
    public double Confidence { get; init; }

    /// <summary>A second question in the same message, answered after the first.</summary>
    public Intent? Also { get; init; }
}

/// <summary>
/// Classifies a question, finds the asker's project, and composes the answer: the intent's answer (and a second
/// question's, if the message has one), or, when the classifier is unsure, no guess but an *Ask a lead* offer; while
/// the project is paused every answer ends with the essentials line (<see cref="Essentials"/>). Unless previewing, it also acts:
/// <c>notify_me</c> subscribes the asker, and a question it can't answer (no FAQ match) goes to the project's leads.
/// Outbox rows and state changes are tracked; the caller commits.
/// </summary>
public sealed class QuestionAnswering(
    IntentClassifier classifier, ProjectResolver resolver, IProjectSnapshots snapshots, QuestionDesk desk, ContractorActions contractors,
    ResumeNotices notices, IUnitOfWork unitOfWork, ActorFactory actors, OpeningFinder openings, TimeProvider time)
{
    public async Task<Composed> ComposeAsync(Asked asked, string? projectKey, bool preview, CancellationToken ct)
    {
        // A preview (the ask CLI) waits for the model; a live question never does: the rules answer until it is loaded.
        var classification = preview ? classifier.Classify(asked.Text) : classifier.ClassifyIfReady(asked.Text);
        var intent = classification.Intent;
        // Answers read the committed state from snapshots (shared, never changed here); actions load their own rows.
        var snapshot = projectKey is null ? null : await snapshots.FindAsync(projectKey, ct);
        var project = snapshot?.Project;
        if (project is null)
        {
            switch (await resolver.ResolveAsync(actors.For(asked.AskerId), asked.ChannelId, classification.Tokens, ct))
            {
                case ProjectResolver.Resolution.One one: project = one.Project; break;
                case ProjectResolver.Resolution.Several several:
                    return new Composed(intent, null, QuestionMessages.PickProject(several.Projects, asked.Text));
                default:
                    return new Composed(intent, null, QuestionMessages.NoProject());
            }
        }

        snapshot ??= await snapshots.FindAsync(project.Key, ct);
        var facts = new AnswerFacts(project, snapshot?.Pauses ?? [], time.GetUtcNow())
        {
            Openings = intent == Intent.AlternativeWork ? await openings.ForProjectsAsync([project.Key], ct) : [],
        };
        var text = classification.Unsure && project.Leads.Count > 0
            ? await UnsureAsync(asked, facts, ct)
            : await AnswerAsync(intent, asked, facts, preview, ct);
        if (classification.Also is { } also && also != intent && !classification.Unsure)
            text += "\n\n" + await AnswerAsync(also, asked, facts, preview, ct);
        if (Essentials.For(facts) is { } essentials)
            text += "\n" + essentials;
        return new Composed(intent, project.Key, QuestionMessages.Answer(text, project, facts.Open, asked.Text, facts.Openings))
        {
            Confidence = classification.Confidence,
            Also = classification.Also,
        };
    }

    private async Task<string> AnswerAsync(Intent intent, Asked asked, AnswerFacts facts, bool preview, CancellationToken ct) => intent switch
    {
        Intent.NotifyMe => await NotifyMeAsync(asked, facts, preview, ct),
        Intent.Unknown => await UnknownAsync(asked, facts.Project, preview, ct),
        _ => Answers.For(intent, facts),
    };

    /// <summary>Not confident enough to answer: a saved FAQ answer if one matches, else the essentials and *Ask a lead*.</summary>
    private async Task<string> UnsureAsync(Asked asked, AnswerFacts facts, CancellationToken ct) =>
        await desk.MatchFaqAsync(facts.Project.Key, asked.Text, ct) is { } faq
            ? FaqAnswer(facts.Project, faq)
            : Essentials.Unsure(facts);

    private static string FaqAnswer(Project project, Core.Questions.FaqEntry faq) =>
        $"From the leads of *{Mrkdwn.Escape(project.DisplayName)}* (saved answer to “{Mrkdwn.Escape(Blocks.Truncate(faq.Question, 200))}”):\n{Mrkdwn.Escape(faq.Answer)}";

    /// <summary>Hands the question to the project's leads (the "Ask a lead" button, or an unknown question).</summary>
    public Task<string> EscalateAsync(Asked asked, Project project, string intent, CancellationToken ct)
    {
        var name = $"*{Mrkdwn.Escape(project.DisplayName)}*";
        if (project.Leads.Count == 0)
            return Task.FromResult($"I can't answer that, and {name} has no lead set up yet. Please ask in {string.Join(", ", project.Channels.Select(c => $"<#{c.ChannelId}>"))}.");
        return EnqueueAsync();

        async Task<string> EnqueueAsync()
        {
            var question = desk.Escalate(project.Key, asked.AskerId, asked.Text, intent, asked.ChannelId, asked.ThreadTs);
            var payload = QuestionMessages.ToLead(project, question).ToPayload();
            foreach (var lead in project.Leads)
                await unitOfWork.EnqueueAsync(OutboxIntent.Message(lead.UserId, OutboxKey.Escalation(question.Id, lead.UserId), payload), ct);
            return $"I've passed your question to the leads of {name} ({PauseTexts.Contacts(project)}). I'll bring their answer back here.";
        }
    }

    private async Task<string> NotifyMeAsync(Asked asked, AnswerFacts facts, bool preview, CancellationToken ct)
    {
        var name = $"*{Mrkdwn.Escape(facts.Project.DisplayName)}*";
        var pause = facts.Open ?? (facts.State == ProjectState.Resumed ? facts.LastEnded : null);
        if (pause is null) return $"{name} isn't paused, so there's nothing to wait for — hours are billable.";
        if (preview)
            return facts.State == ProjectState.Resumed ? Replies.PauseOverText(new PauseOver(facts.Project, pause)) : $"🔔 I'll DM you when {name} resumes.";
        switch (await contractors.SubscribeAsync(pause.Id, asked.AskerId, ct))
        {
            case PauseOver over:
                return Replies.PauseOverText(over);
            case Subscribed { Added: false }:
                return $"🔔 You're already on the list; I'll DM you when {name} resumes.";
            case Subscribed subscribed:
                await notices.EnqueueAfterSubscribingAsync(subscribed.Pause, asked.AskerId, ct); // saved with the reply
                return $"🔔 I'll DM you when {name} resumes.";
            default:
                return $"{name} isn't paused, so there's nothing to wait for — hours are billable.";
        }
    }

    private async Task<string> UnknownAsync(Asked asked, Project project, bool preview, CancellationToken ct)
    {
        if (await desk.MatchFaqAsync(project.Key, asked.Text, ct) is { } faq)
            return FaqAnswer(project, faq);
        if (preview) return $"I don't know that one; I'd pass it to the leads of *{Mrkdwn.Escape(project.DisplayName)}*.";
        return await EscalateAsync(asked, project, IntentNames.ToSnakeCase(Intent.Unknown), ct);
    }
}

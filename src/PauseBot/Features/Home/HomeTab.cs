using PauseBot.Core.Access;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.WebApi;

namespace PauseBot.Features.Home;

/// <summary>
/// App Home: each of the person's projects with its status, billable state, cutoff, expected resume and latest
/// update, with Notify me while paused. Leads also see open questions and acknowledgements. Published on open.
/// </summary>
public sealed class HomeTab(
    IProjectStore projectStore, IPauseStore pauses, IQuestionStore questionStore, ProjectVisibility visibility, ActorFactory actors, IBotIdentityProvider bot, IViewsApi views,
    OpeningFinder openings, TimeProvider time, ILogger<HomeTab> log) : IEventHandler<AppHomeOpened>
{
    private const int MaxProjects = 15;

    private const string NoProject = "I don't see you in any project channel I know, so I can't tell you about a project's hours. "
                                     + "If you think you should be, ask your lead to add you to the project's channel.";

    public async Task HandleAsync(EventCallback envelope, AppHomeOpened opened, CancellationToken ct)
    {
        if (opened.Tab is { } tab && tab != "home") return;
        var view = Blocks.Home(await BuildAsync(actors.For(opened.User), ct));
        try
        {
            await views.PublishAsync(opened.User, view, null, ct);
        }
        catch (SlackApiException ex)
        {
            Log.HomePublishFailed(log, opened.User, ex.Error);
        }
    }

    public async Task<IReadOnlyList<Block>> BuildAsync(Actor actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var projects = await visibility.VisibleAsync(actor, await projectStore.ListProjectsAsync(ct), ct);
        var blocks = new List<Block> { Blocks.Header("Your projects") };
        if (projects.Count == 0)
        {
            blocks.Add(Blocks.Section(NoProject));
            return blocks;
        }
        foreach (var project in projects.Take(MaxProjects))
        {
            var history = await pauses.PausesAsync(project.Key, ct);
            var open = history.FirstOrDefault(p => p.IsOpen);
            blocks.Add(Blocks.Divider());
            blocks.Add(Blocks.Section(StatusView.Line(project, open, now)));
            var fields = new List<string> { $"*Billable now*\n{(BillableRule.IsBillable(history, now) ? "Yes" : "No")}" };
            if (open is not null)
            {
                fields.Add($"*Not billable from*\n{CutoffText.Since(open)}");
                fields.Add($"*Expected to resume*\n{PauseTexts.Expected(open)}");
                if (open.LatestUpdate is { } update)
                    fields.Add($"*Latest update* ({SlackDate.Token(update.At)})\n{Mrkdwn.Escape(update.Text, 1500)}");
            }
            blocks.Add(Blocks.Fields([.. fields]));
            if (actor.CanManage(project))
                blocks.Add(Blocks.Context(await LeadSummaryAsync(project, open, ct)));
            if (open is { State: PauseState.Active } active)
                blocks.Add(Blocks.Actions($"home_{project.Key}",
                    Blocks.Button(PauseTexts.NotifyMeAction, "Notify me when it resumes", active.Id.ToString())));
        }
        if (projects.Count > MaxProjects)
            blocks.Add(Blocks.Context($"…and {projects.Count - MaxProjects} more. See `/pausebot list`."));
        var other = await openings.ForProjectsAsync(projects.Select(p => p.Key), ct);
        if (other.Count > 0)
        {
            blocks.Add(Blocks.Header("Other work available"));
            blocks.AddRange(OpeningBlocks.Sections(other));
            if (other.Count > OpeningBlocks.MaxShown)
                blocks.Add(Blocks.Context($"…and {other.Count - OpeningBlocks.MaxShown} more: `/pausebot openings list`."));
        }
        return blocks;
    }

    private async Task<string> LeadSummaryAsync(Core.Projects.Project project, Pause? open, CancellationToken ct)
    {
        var questions = (await questionStore.OpenQuestionsAsync(project.Key, ct)).Count;
        var text = $"You lead this project · open questions: {questions} (`/pausebot questions {project.Key}`)";
        if (open is null) return text;
        var botId = (await bot.GetAsync(ct)).UserId;
        var contractors = (await visibility.ContractorsAsync(project, ct)).Count(u => u != botId && !project.IsLead(u));
        return text + $" · acknowledged: {open.Acknowledgements.Count} of {contractors}";
    }
}

using PauseBot.Features.Trackers;
using PauseBot.Features;
using PauseBot.Features.Admin;
using PauseBot.Features.Api;
using PauseBot.Features.Home;
using PauseBot.Features.Openings;
using PauseBot.Features.Pauses;
using PauseBot.Features.Questions;
using PauseBot.Features.Schedules;
using PauseBot.Features.Shared;
using PauseBot.Features.Status;
using PauseBot.Features.Webhooks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack;

/// <summary>
/// Every Slack entry point of the bot, in one place: slash commands, events, buttons and modals, keyed by the
/// constants beside each feature. A duplicate key fails at startup. manifests/slack-app.yaml must list the same
/// commands and events (a test compares them).
/// </summary>
public static class SlackRegistrations
{
    public static void Register(SlackHandlerRegistryBuilder slack)
    {
        slack.Command<PauseCommand>(PauseCommand.Name);
        slack.Command<ResumeCommand>(ResumeCommand.Name);
        slack.Command<PauseBotCommand>(PauseBotCommand.Name);

        slack.Event<MessageEvent, DirectMessageHandler>();
        slack.Event<AppMention, MentionHandler>();
        slack.Event<MemberJoinedChannel, NewcomerWelcome>();
        slack.Event<AppHomeOpened, HomeTab>();

        slack.BlockAction<AcknowledgeButton>(PauseTexts.AcknowledgeAction);
        slack.BlockAction<NotifyMeButton>(PauseTexts.NotifyMeAction);
        slack.BlockAction<BackdateButtons>(BackdateConfirmation.ConfirmAction);
        slack.BlockAction<BackdateButtons>(BackdateConfirmation.CancelAction);
        slack.BlockAction<InterestButton>(OpeningBlocks.InterestAction);
        slack.BlockAction<AskLeadButton>(QuestionMessages.AskLeadAction);
        slack.BlockActionPrefix<PickProjectButton>(QuestionMessages.PickProjectPrefix);
        slack.BlockAction<AnswerQuestionModal>(QuestionMessages.AnswerAction);
        slack.BlockActionPrefix<SnoozeButton>(StatusMessages.SnoozePrefix);
        slack.BlockAction<PostUpdateModal>(StatusMessages.PostUpdateAction);
        slack.ViewSubmission<PauseModal>(PauseModal.CallbackId);
        slack.ViewSubmission<PostUpdateModal>(PostUpdateModal.CallbackId);
        slack.ViewSubmission<AnswerQuestionModal>(AnswerQuestionModal.CallbackId);
    }

    /// <summary>The verbs of <c>/pausebot</c>, in the order <c>help</c> lists them.</summary>
    public static IServiceCollection AddPauseBotVerbs(this IServiceCollection services)
    {
        services.AddPauseBotVerb<StatusVerb>();
        services.AddPauseBotVerb<ListVerb>();
        services.AddPauseBotVerb<UpdateVerb>();
        services.AddPauseBotVerb<ProjectVerb>();
        services.AddPauseBotVerb<LeadVerb>();
        services.AddPauseBotVerb<QuestionsVerb>();
        services.AddPauseBotVerb<ScheduleVerb>();
        services.AddPauseBotVerb<QuietVerb>();
        services.AddPauseBotVerb<OpeningsVerb>();
        services.AddPauseBotVerb<ExportVerb>();
        services.AddPauseBotVerb<ApiKeyVerb>();
        services.AddPauseBotVerb<WebhookVerb>();
        services.AddPauseBotVerb<AuditVerb>();
        services.AddPauseBotVerb<InboxVerb>();
        services.AddPauseBotVerb<TrackerVerb>();
        services.AddScoped<PauseModal>();
        return services;
    }
}

using PauseBot.Core.Projects;
using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Core.Questions;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.WebApi;

namespace PauseBot.Features.Questions;

/// <summary>
/// The lead's side of an escalated question: the Answer button opens a form; submitting it records the answer
/// (once), optionally saves it as a FAQ entry, and sends it back to where the contractor asked.
/// </summary>
public sealed class AnswerQuestionModal(
    IViewsApi views, IProjectStore projects, IQuestionStore questions, QuestionDesk desk, ActorFactory actors, IUnitOfWork unitOfWork)
    : IBlockActionHandler, IViewSubmissionHandler
{
    public const string CallbackId = "question_answer_modal";
    private const string AnswerBlock = "answer", FaqBlock = "faq", Value = "value";

    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!Guid.TryParse(action.Value, out var id) || await questions.FindQuestionAsync(id, ct) is not { } question)
            return AskLeadButton.Reply("That question no longer exists.");
        if (question.State == QuestionState.Answered)
            return AskLeadButton.Reply($"<@{question.AnsweredBy}> already answered it: {Mrkdwn.Escape(question.Answer ?? "")}");
        if (payload.TriggerId is null) return AskLeadButton.Reply("Slack didn't send a trigger for the form; try again.");
        var modal = Blocks.Modal(CallbackId, "Answer a question",
        [
            Blocks.Section($"<@{question.AskerId}> asked:\n>{Mrkdwn.Escape(Blocks.Truncate(question.Text, 2800))}"),
            Blocks.TextInput(AnswerBlock, "Your answer (sent to them as you write it)", Value, multiline: true),
            Blocks.StaticSelect(FaqBlock, "Save as a FAQ answer for similar questions?", Value,
                [Blocks.Option("No", "no"), Blocks.Option("Yes, reuse it", "yes")], initialValue: "no"),
        ], submit: "Send answer", close: "Cancel", privateMetadata: question.Id.ToString());
        try
        {
            await views.OpenAsync(payload.TriggerId, modal, ct);
            return null;
        }
        catch (SlackApiException ex)
        {
            return AskLeadButton.Reply($"I couldn't open the form ({ex.Error}). Try the button again.");
        }
    }

    public async Task<ViewSubmissionResponse?> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        if (!Guid.TryParse(payload.View.PrivateMetadata, out var id))
            return Error("This form is out of date.");
        var answer = payload.View.State?.Get(AnswerBlock, Value)?.Value ?? "";
        var saveAsFaq = payload.View.State?.Get(FaqBlock, Value)?.SelectedOption?.Value == "yes";
        var outcome = await desk.AnswerAsync(actors.For(payload.User.Id), id, answer, saveAsFaq, ct);
        switch (outcome)
        {
            case AnswerOutcome.Answered answered:
                var project = await projects.FindProjectAsync(answered.Question.ProjectKey, ct);
                var q = answered.Question;
                await unitOfWork.EnqueueAsync(OutboxIntent.Message(q.ChannelId, OutboxKey.LeadAnswer(q.Id),
                    QuestionMessages.AnswerFromLead(project!, q).ToPayload(q.ThreadTs)), ct);
                return await unitOfWork.CommitAsync(ct) == CommitResult.Committed ? null
                    : Error("Someone answered it at the same moment; yours was not sent.");
            case AnswerOutcome.AlreadyAnswered already:
                return Error($"Already answered by <@{already.Question.AnsweredBy}>.");
            case AnswerOutcome.NotAllowed:
                await unitOfWork.CommitAsync(ct); // the refusal's audit event
                return Error("Only this project's leads and PauseBot admins can answer.");
            case AnswerOutcome.Empty:
                return Error("Write an answer first.");
            case AnswerOutcome.Missing:
                return Error("That question no longer exists.");
            default:
                throw new System.Diagnostics.UnreachableException($"No words for {outcome.GetType().Name}.");
        }
    }

    private static ViewSubmissionResponse Error(string message) =>
        ViewSubmissionResponse.Errors(new Dictionary<string, string> { [AnswerBlock] = message });
}

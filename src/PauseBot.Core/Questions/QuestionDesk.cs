using PauseBot.Core.Projects;
using PauseBot.Core.Access;
using PauseBot.Core.Audit;

namespace PauseBot.Core.Questions;

/// <summary>Questions the bot hands to leads, their answers, and the FAQ built from them. Caller saves.</summary>
public sealed class QuestionDesk(IProjectStore projects, IQuestionStore questions, IAuditLog audit, TimeProvider time)
{
    /// <summary>Similarity from which a saved FAQ entry answers a new question.</summary>
    public const double FaqThreshold = QuestionSimilarity.RecommendedThreshold;

    public Question Escalate(string projectKey, string askerId, string text, string intent, string channelId, string? threadTs)
    {
        var question = new Question(projectKey, askerId, text.Trim(), intent, channelId, threadTs, time.GetUtcNow());
        questions.AddQuestion(question);
        audit.AddAudit(new AuditEvent(question.AskedAt, askerId, projectKey, "question.escalate", "ok"));
        return question;
    }

    /// <summary>A lead answers; only the project's leads and admins may, and only once.</summary>
    public async Task<AnswerOutcome> AnswerAsync(Actor actor, Guid questionId, string answer, bool saveAsFaq, CancellationToken ct)
    {
        var question = await questions.FindQuestionAsync(questionId, ct);
        if (question is null) return new AnswerOutcome.Missing();
        var project = await projects.FindProjectAsync(question.ProjectKey, ct);
        var now = time.GetUtcNow();
        if (project is null || !actor.CanManage(project))
        {
            audit.AddAudit(new AuditEvent(now, actor.UserId, question.ProjectKey, "question.answer", "refused:not-lead"));
            return new AnswerOutcome.NotAllowed();
        }
        if (string.IsNullOrWhiteSpace(answer)) return new AnswerOutcome.Empty();
        if (!question.RecordAnswer(answer, actor.UserId, now))
            return new AnswerOutcome.AlreadyAnswered(question);
        if (saveAsFaq)
            questions.AddFaq(new FaqEntry(question.ProjectKey, question.Text, question.Answer!, actor.UserId, now));
        audit.AddAudit(new AuditEvent(now, actor.UserId, question.ProjectKey, "question.answer", "ok", saveAsFaq ? "saved as FAQ" : null));
        return new AnswerOutcome.Answered(question);
    }

    /// <summary>The saved answer closest to <paramref name="text"/>, if it is close enough.</summary>
    public async Task<FaqEntry?> MatchFaqAsync(string projectKey, string text, CancellationToken ct)
    {
        FaqEntry? best = null;
        var bestScore = FaqThreshold;
        foreach (var entry in await questions.FaqAsync(projectKey, ct))
        {
            var score = QuestionSimilarity.Score(text, entry.Question);
            if (score >= bestScore)
            {
                best = entry;
                bestScore = score;
            }
        }
        return best;
    }
}

/// <summary>What answering a question did.</summary>
public abstract record AnswerOutcome
{
    public sealed record Answered(Question Question) : AnswerOutcome;
    public sealed record AlreadyAnswered(Question Question) : AnswerOutcome;
    public sealed record NotAllowed : AnswerOutcome;
    public sealed record Missing : AnswerOutcome;
    public sealed record Empty : AnswerOutcome;
}

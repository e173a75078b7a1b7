using PauseBot.Core.Access;
using PauseBot.Core.Audit;

namespace PauseBot.Core.Questions;

/// <summary>Questions the bot hands to leads, their answers, and the FAQ built from them. Caller saves.</summary>
public sealed class QuestionDesk(IPauseBotStore store, TimeProvider time)
{
    /// <summary>Similarity from which a saved FAQ entry answers a new question.</summary>
    public const double FaqThreshold = QuestionSimilarity.RecommendedThreshold;

    public Question Escalate(string projectKey, string askerId, string text, string intent, string channelId, string? threadTs)
    {
        var question = new Question(projectKey, askerId, text.Trim(), intent, channelId, threadTs, time.GetUtcNow());
        store.AddQuestion(question);
        store.AddAudit(new AuditEvent(question.AskedAt, askerId, projectKey, "question.escalate", "ok"));
        return question;
    }

    /// <summary>A lead answers; only the project's leads and admins may, and only once.</summary>
    public async Task<AnswerOutcome> AnswerAsync(Actor actor, Guid questionId, string answer, bool saveAsFaq, CancellationToken ct)
    {
        var question = await store.FindQuestionAsync(questionId, ct);
        if (question is null) return new AnswerOutcome.Missing();
        var project = await store.FindProjectAsync(question.ProjectKey, ct);
        var now = time.GetUtcNow();
        if (project is null || !actor.CanManage(project))
        {
            store.AddAudit(new AuditEvent(now, actor.UserId, question.ProjectKey, "question.answer", "refused:not-lead"));
            return new AnswerOutcome.NotAllowed();
        }
        if (string.IsNullOrWhiteSpace(answer)) return new AnswerOutcome.Empty();
        if (!question.RecordAnswer(answer, actor.UserId, now))
            return new AnswerOutcome.AlreadyAnswered(question);
        if (saveAsFaq)
            store.AddFaq(new FaqEntry(question.ProjectKey, question.Text, question.Answer!, actor.UserId, now));
        store.AddAudit(new AuditEvent(now, actor.UserId, question.ProjectKey, "question.answer", "ok", saveAsFaq ? "saved as FAQ" : null));
        return new AnswerOutcome.Answered(question);
    }

    /// <summary>The saved answer closest to <paramref name="text"/>, if it is close enough.</summary>
    public async Task<FaqEntry?> MatchFaqAsync(string projectKey, string text, CancellationToken ct)
    {
        FaqEntry? best = null;
        var bestScore = FaqThreshold;
        foreach (var entry in await store.FaqAsync(projectKey, ct))
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

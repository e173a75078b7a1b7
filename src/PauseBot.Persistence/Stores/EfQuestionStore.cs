using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Questions;

namespace PauseBot.Persistence.Stores;

/// <summary>EF Core <see cref="IQuestionStore"/>: shares the scope's context, written by the scope's <see cref="EfUnitOfWork"/>.</summary>
public sealed class EfQuestionStore(ScopedDbContext context) : IQuestionStore
{
    private PauseBotDbContext db => context.Value;

    public void AddQuestion(Question question) => db.Questions.Add(question);

    public Task<Question?> FindQuestionAsync(Guid questionId, CancellationToken ct) =>
        db.Questions.FirstOrDefaultAsync(q => q.Id == questionId, ct);

    public async Task<IReadOnlyList<Question>> OpenQuestionsAsync(string projectKey, CancellationToken ct) =>
        await db.Questions.Where(q => q.ProjectKey == projectKey && q.State == QuestionState.Open).OrderBy(q => q.AskedAt).ToListAsync(ct);

    public void AddFaq(FaqEntry entry) => db.Faq.Add(entry);

    public async Task<IReadOnlyList<FaqEntry>> FaqAsync(string projectKey, CancellationToken ct) =>
        await db.Faq.Where(f => f.ProjectKey == projectKey).OrderBy(f => f.CreatedAt).ToListAsync(ct);
}

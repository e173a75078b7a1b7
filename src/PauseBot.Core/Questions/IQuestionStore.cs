namespace PauseBot.Core.Questions;

/// <summary>Escalated questions and the FAQ built from their answers. Changes are tracked; the scope's <see cref="IUnitOfWork"/> writes them.</summary>
public interface IQuestionStore
{
    void AddQuestion(Question question);
    Task<Question?> FindQuestionAsync(Guid questionId, CancellationToken ct);
    Task<IReadOnlyList<Question>> OpenQuestionsAsync(string projectKey, CancellationToken ct);
    void AddFaq(FaqEntry entry);
    Task<IReadOnlyList<FaqEntry>> FaqAsync(string projectKey, CancellationToken ct);
}

namespace PauseBot.Core.Openings;

/// <summary>The port openings are read and changed through. Written by the scope's <see cref="IUnitOfWork"/>.</summary>
public interface IOpeningStore
{
    void AddOpening(Opening opening);

    Task<Opening?> FindOpeningAsync(int id, CancellationToken ct);

    /// <summary>Openings not closed and not past their end at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<Opening>> OpenOpeningsAsync(DateTimeOffset now, CancellationToken ct);
}

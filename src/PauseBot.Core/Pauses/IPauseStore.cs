namespace PauseBot.Core.Pauses;

/// <summary>Pauses with their updates and acknowledgements. Changes are tracked; the scope's <see cref="IUnitOfWork"/> writes them.</summary>
public interface IPauseStore
{
    /// <summary>The scheduled or active pause of a project, if any (at most one exists).</summary>
    Task<Pause?> OpenPauseAsync(string projectKey, CancellationToken ct);
    Task<Pause?> FindPauseAsync(Guid pauseId, CancellationToken ct);
    Task<IReadOnlyList<Pause>> PausesAsync(string projectKey, CancellationToken ct);
    /// <summary>Scheduled pauses whose cutoff has come and active pauses whose scheduled resume has come.</summary>
    Task<IReadOnlyList<Pause>> DuePausesAsync(DateTimeOffset now, CancellationToken ct);
    /// <summary>Active pauses whose next-update promise has come due.</summary>
    Task<IReadOnlyList<Pause>> PausesWithDuePromiseAsync(DateTimeOffset now, CancellationToken ct);
    void AddPause(Pause pause);

    /// <summary>A backdated pause waiting for its lead's confirmation, if it is still there.</summary>
    Task<PauseDraft?> FindDraftAsync(Guid draftId, CancellationToken ct);
    /// <summary>Drafts asked for before <paramref name="before"/> (expired ones, to remove).</summary>
    Task<IReadOnlyList<PauseDraft>> DraftsBeforeAsync(DateTimeOffset before, CancellationToken ct);
    void AddDraft(PauseDraft draft);
    /// <summary>Removes a draft; if another writer removed it first (a second Confirm), the commit reports a conflict.</summary>
    void RemoveDraft(PauseDraft draft);
}

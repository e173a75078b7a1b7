namespace PauseBot.Slack.Inbound;

/// <summary>
/// The durable inbox, provided by the host (the bot's database): events and interactions whose work runs after the ack
/// are written here first, and Slack is acked only once that write is committed. The host's workers claim stored rows
/// and hand them to <see cref="InboundDeliveryRunner"/>. Throwing from any method means "not stored": the caller answers
/// 503 (Slack retries events; over Socket Mode the envelope is not acked and comes again).
/// </summary>
public interface ISlackInbox
{
    /// <summary>Stores <paramref name="delivery"/> for a worker. False when one with the same key is stored already (a retry): ack it and drop it.</summary>
    Task<bool> AddAsync(InboundDelivery delivery, CancellationToken ct);

    /// <summary>
    /// Stores <paramref name="delivery"/> already claimed by this process, which handles it at once (a modal submission,
    /// answered in its ack). Null when one with the same key is stored already. If this process dies before the row is
    /// handled, a worker takes it over when the claim's lease runs out.
    /// </summary>
    Task<StoredDelivery?> AddClaimedAsync(InboundDelivery delivery, CancellationToken ct);

    /// <summary>A handler failed: the row is tried again later (with backoff), or parked as dead after the last attempt.</summary>
    Task FailedAsync(StoredDelivery stored, Exception error, CancellationToken ct);

    /// <summary>
    /// Removes a claimed row that is over without being handled here: a modal answered with errors, or whose handler failed
    /// while the user was told so, stays open and may be submitted again.
    /// </summary>
    Task ForgetAsync(StoredDelivery stored, CancellationToken ct);
}

/// <summary>
/// Ties one stored delivery to the DI scope handling it (scoped; the host enlists "mark this row handled" into the scope's
/// commit step): the row is marked handled by the same transaction as the handler's own writes, or not at all.
/// </summary>
public interface IInboxCompletion
{
    /// <summary>From now on the scope's next commit also marks <paramref name="stored"/> handled, under its claim.</summary>
    void Enlist(StoredDelivery stored);

    /// <summary>
    /// Marks the enlisted delivery handled now, with whatever else the scope tracks, unless a commit of the scope did
    /// already. False when the claim was lost (the lease ran out and another worker took the row): nothing was written.
    /// </summary>
    Task<bool> CompleteAsync(CancellationToken ct);
}

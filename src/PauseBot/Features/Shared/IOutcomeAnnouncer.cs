using PauseBot.Core;

namespace PauseBot.Features.Shared;

/// <summary>
/// Something a lifecycle outcome (a pause, a resume, an update) owes the world, enqueued in the outbox before the commit so it
/// commits with the change: channel announcements, webhook events, … Each feature that announces registers one.
/// </summary>
public interface IOutcomeAnnouncer
{
    Task AnnounceAsync(Outcome outcome, CancellationToken ct);
}

/// <summary>Every registered <see cref="IOutcomeAnnouncer"/>, in registration order.</summary>
public sealed class Announcements(IEnumerable<IOutcomeAnnouncer> announcers)
{
    public async Task AnnounceAsync(Outcome outcome, CancellationToken ct)
    {
        foreach (var announcer in announcers)
            await announcer.AnnounceAsync(outcome, ct);
    }
}

namespace PauseBot.Core.Pauses;

/// <summary>
/// The one rule every answer about hours comes from: work at instant t is billable iff no pause of the project
/// (scheduled, active or ended; cancelled ones never counted) has NotBillableFrom ≤ t &lt; end. NotBillableFrom is the
/// cutoff (EffectiveAt), or for a backdated pause made under <see cref="BackdatePolicy.Announcement"/> its announcement.
/// </summary>
public static class BillableRule
{
    public static bool IsBillable(IEnumerable<Pause> pauses, DateTimeOffset at) => BlockingPause(pauses, at) is null;

    /// <summary>The pause that makes <paramref name="at"/> non-billable, or null when it is billable.</summary>
    public static Pause? BlockingPause(IEnumerable<Pause> pauses, DateTimeOffset at) =>
        pauses.FirstOrDefault(p => p.State != PauseState.Cancelled
                                   && p.NotBillableFrom <= at
                                   && (p.IntervalEnd is not { } end || at < end));
}

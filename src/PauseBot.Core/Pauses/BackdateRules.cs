namespace PauseBot.Core.Pauses;

/// <summary>
/// How far back a lead may put a pause's cutoff, and which instant ends billable work when it lies before the announcement.
/// </summary>
/// <param name="MaxBackdate">The earliest cutoff accepted is this long before now.</param>
/// <param name="Policy">Decides billing for backdated pauses made from now on (each pause keeps the policy it was made under).</param>
public sealed record BackdateRules(TimeSpan MaxBackdate, BackdatePolicy Policy)
{
    /// <summary>7 days, <see cref="BackdatePolicy.Cutoff"/>.</summary>
    public static readonly BackdateRules Default = new(TimeSpan.FromDays(7), BackdatePolicy.Cutoff);

    /// <summary>
    /// A cutoff less than this far in the past counts as "now": no confirmation, and texts don't name a separate announcement
    /// (a cutoff typed as <c>today 09:00</c> at 09:00:20, or the instant <c>now</c> parsed a moment before the use case ran).
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    /// <summary>How long a lead has to confirm a backdated pause; an older confirmation is refused and removed.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(1);
}

using System.Globalization;
using System.Text;
using PauseBot.Core.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Persistence.Integrations;

namespace PauseBot.Features.Api;

/// <summary>
/// The finance export: one row per pause interval that took effect (cancelled pauses never counted), times in UTC
/// ISO-8601. A pause still running has an empty <c>ended_at</c> and its duration so far. RFC 4180 quoting; text that
/// a spreadsheet would run as a formula (starting with = + - @) is prefixed with <c>'</c>. The last columns name the project's
/// time-tracker link (<c>harvest:14308069</c>, empty without one) and the entries found there after each pause's cutoff, then
/// when each pause was announced (later than <c>effective_at</c>, the cutoff, for a backdated pause), the instant the billable
/// rule uses (<c>not_billable_from</c>: the cutoff, or the announcement under the <c>announcement</c> policy) and that policy.
/// <c>duration_hours</c> counts from <c>not_billable_from</c>: the hours that were not billable.
/// </summary>
public static class PausesCsv
{
    public const string Header =
        "project,effective_at,ended_at,duration_hours,public_reason,paused_by,resumed_by,acknowledgements,tracker,late_entries,late_hours,"
        + "announced_at,not_billable_from,backdate_policy";

    /// <summary>The tracker columns: the project's link (null for none) and, per pause, the late entries found.</summary>
    public sealed record TrackerColumns(TrackerLink? Link, IReadOnlyDictionary<Guid, (int Entries, decimal Hours)> Late);

    /// <summary>Pauses whose non-billable interval overlaps [<paramref name="from"/>, <paramref name="to"/>), in effect by <paramref name="now"/>.</summary>
    public static IReadOnlyList<Pause> Select(IEnumerable<Pause> pauses, DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now) =>
        pauses.Where(p => p.State is PauseState.Active or PauseState.Ended && p.NotBillableFrom <= now)
            .Where(p => to is not { } t || p.NotBillableFrom < t)
            .Where(p => from is not { } f || (p.EndedAt ?? DateTimeOffset.MaxValue) > f)
            .OrderBy(p => p.EffectiveAt).ToList();

    public static string Write(string projectKey, IEnumerable<Pause> pauses, DateTimeOffset now, TrackerColumns? tracker = null)
    {
        var link = tracker?.Link is { } l ? $"{l.Tracker}:{l.TrackerProjectId}" : "";
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var p in pauses)
        {
            var ended = p.State == PauseState.Ended ? p.EndedAt : null;
            var hours = Math.Max(0, ((ended ?? now) - p.NotBillableFrom).TotalHours);
            string[] fields =
            [
                projectKey, Instants.Format(p.EffectiveAt), ended is { } e ? Instants.Format(e) : "",
                hours.ToString("0.0000", CultureInfo.InvariantCulture), p.PublicReason, p.PausedBy, p.EndedBy ?? "",
                p.Acknowledgements.Count.ToString(CultureInfo.InvariantCulture), link,
                (tracker?.Late.GetValueOrDefault(p.Id).Entries ?? 0).ToString(CultureInfo.InvariantCulture),
                (tracker?.Late.GetValueOrDefault(p.Id).Hours ?? 0m).ToString("0.##", CultureInfo.InvariantCulture),
                Instants.Format(p.AnnouncedAt), Instants.Format(p.NotBillableFrom), PauseRecord.PolicyName(p),
            ];
            csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        }
        return csv.ToString();
    }

    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static bool IsNumber(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}

using System.Reflection;
using PauseBot.Core;
using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Scheduling;
using PauseBot.Features.Shared;

namespace PauseBot.Tests.Features.Shared;

/// <summary>
/// Every outcome Core can return has words: this builds one of each (every concrete <see cref="Outcome"/>, with every case of
/// the refusals, problems, reasons and enums it carries) and renders it. A new outcome, refusal or problem without words
/// fails here instead of reaching a person as "Done." or a crash.
/// </summary>
public class RepliesTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, Outcome> AllOutcomes()
    {
        var data = new TheoryData<string, Outcome>();
        foreach (var type in Concrete(typeof(Outcome)))
            foreach (var outcome in Samples(type).Cast<Outcome>())
                data.Add(Describe(outcome), outcome);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllOutcomes))]
    public void Text_EveryOutcome_HasWords(string outcome, Outcome value)
    {
        var text = Replies.Text(value);
        Assert.False(string.IsNullOrWhiteSpace(text), outcome);
        Assert.DoesNotContain("Done.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_BackdatedPause_NamesTheCutoffAndTheAnnouncement()
    {
        var pause = Pause.Start("chordus", new PauseDetails("Scope", EffectiveAt: Now.AddHours(-5)), "ULEE", Now);
        var text = Replies.Text(new Paused(Chordus(), pause));
        Assert.Contains($"paused from <!date^{Now.AddHours(-5).ToUnixTimeSeconds()}^", text);
        Assert.Contains($"(announced <!date^{Now.ToUnixTimeSeconds()}^", text);
    }

    [Theory]
    [InlineData(BackdatePolicy.Cutoff, "become not billable: that is 29 h 15 min ago")]
    [InlineData(BackdatePolicy.Announcement, "stay billable until the pause is announced")]
    public void Text_BackdateToConfirm_SaysWhatConfirmingDoes(BackdatePolicy policy, string expected)
    {
        var draft = PauseDraft.For("chordus", Now.AddHours(-29).AddMinutes(-15), new PauseDetails("halted"), "ULEE", Now);
        Assert.Contains(expected, Replies.Text(new BackdateToConfirm(Chordus(), draft, policy)));
    }

    [Fact]
    public void AllOutcomes_CoverEveryOutcomeType() =>
        Assert.Equal(Concrete(typeof(Outcome)).Count(), AllOutcomes().Select(row => row.Data.Item2.GetType()).Distinct().Count());

    [Fact]
    public void Text_RefusalQuotingWhatWasTyped_IsEscaped() =>
        Assert.Equal("🚫 You can't pause `&lt;!channel&gt;`: only its leads and PauseBot admins can.",
            Replies.Text(new Refused(new Refusal.NotALead("<!channel>", LeadAction.Pause))));

    private static IEnumerable<Type> Concrete(Type root) =>
        root.Assembly.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic).Where(t => !t.IsAbstract && root.IsAssignableFrom(t));

    // Every value a parameter of this type can take that changes what is said.
    private static IEnumerable<object?> Samples(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return [.. Samples(inner), null];
        if (type.IsEnum) return Enum.GetValues(type).Cast<object?>();
        if (type.IsAbstract) return Concrete(type).SelectMany(Samples);
        if (type == typeof(string)) return ["chordus"];
        if (type == typeof(int)) return [3];
        if (type == typeof(bool)) return [true, false];
        if (type == typeof(char)) return ['_', ' '];
        if (type == typeof(DateOnly)) return [new DateOnly(2026, 12, 25)];
        if (type == typeof(DateTimeOffset)) return [Now];
        if (type == typeof(TimeSpan)) return [TimeSpan.FromMinutes(15)];
        if (type == typeof(Project)) return [Chordus()];
        if (type == typeof(Pause)) return Pauses();
        if (type == typeof(PauseUpdate)) return [Pauses().First().AddUpdate("ULEE", "news", Now)];
        if (type == typeof(StatusSchedule)) return [new StatusSchedule("chordus", ScheduleSpec.Parse("daily 09:00").Spec!, "ULEE", Now)];
        if (type == typeof(Opening)) return [Opening.Post("Data labelling", "ULEE", Now)];
        if (type == typeof(PauseDraft)) return [PauseDraft.For("chordus", Now.AddHours(-5), new PauseDetails("halted"), "ULEE", Now)];
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return Combinations(constructor.GetParameters().Select(p => Samples(p.ParameterType).ToList()).ToList())
            .Select(args => constructor.Invoke(args));
    }

    private static IEnumerable<object?[]> Combinations(IReadOnlyList<List<object?>> choices)
    {
        IEnumerable<object?[]> all = [[]];
        foreach (var choice in choices)
            all = all.SelectMany(prefix => choice.Select(value => (object?[])[.. prefix, value]));
        return all;
    }

    private static Project Chordus()
    {
        var project = Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now);
        project.AddLead("ULEE");
        return project;
    }

    // Scheduled, active (with a scheduled resume and an internal note), ended, cancelled.
    private static IEnumerable<Pause> Pauses()
    {
        var scheduled = Pause.Start("chordus", new PauseDetails("Scope", EffectiveAt: Now.AddHours(1)), "ULEE", Now);
        var active = Pause.Start("chordus", new PauseDetails("Scope", InternalNote: "breach"), "ULEE", Now);
        active.Resume("ULEE", Now, Now.AddDays(1), null);
        var ended = Pause.Start("chordus", new PauseDetails("Scope"), "ULEE", Now);
        ended.Resume("ULEE", Now.AddHours(2), null, "Back");
        var cancelled = Pause.Start("chordus", new PauseDetails("Scope", EffectiveAt: Now.AddHours(1)), "ULEE", Now);
        cancelled.Resume("ULEE", Now, null, null);
        var backdated = Pause.Start("chordus", new PauseDetails("Scope", EffectiveAt: Now.AddHours(-5)), "ULEE", Now);
        var announcementPolicy = Pause.Start("chordus", new PauseDetails("Scope", EffectiveAt: Now.AddHours(-5)), "ULEE", Now, BackdatePolicy.Announcement);
        return [active, scheduled, ended, cancelled, backdated, announcementPolicy];
    }

    private static string Describe(Outcome outcome) =>
        outcome.GetType().Name + string.Concat(outcome.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsEnum || p.PropertyType == typeof(bool) || p.PropertyType.IsAbstract && p.PropertyType.IsClass)
            .Select(p => $" {p.Name}={p.GetValue(outcome)}"));
}

using System.Reflection;
using System.Text.Json;
using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Features.Pauses;
using PauseBot.Features.Questions;
using PauseBot.Features.Shared;
using PauseBot.Slack;

namespace PauseBot.Tests.Features;

/// <summary>
/// The internal note is for leads and admins only. Every builder of contractor-visible text — found by reflection,
/// so a new one is covered automatically — is rendered in every state and must not contain it.
/// </summary>
public class InternalNoteTests
{
    private const string Note = "NOTE-7f3a-vendor-breach";
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);

    private static Project Project()
    {
        var project = Core.Projects.Project.Create("chordus", "Chordus", "C0CHORDUS", "U0ADMIN", Now.AddDays(-30));
        project.AddLead("U0LEAD");
        return project;
    }

    public static TheoryData<string> States => new("active", "scheduled", "ended", "scheduled-resume", "cancelled");

    private static Pause PauseIn(string state)
    {
        var pause = Pause.Start("chordus", new PauseDetails("Scope review", state == "scheduled" ? Now.AddHours(2) : null,
            Now.AddDays(5), Now.AddDays(1), Note, "Commit and stop"), "U0LEAD", Now);
        pause.AddUpdate("U0LEAD", "Client call on Thursday", Now.AddMinutes(5));
        if (state == "ended") pause.Resume("U0LEAD", Now.AddHours(3), null, "Back to work");
        if (state == "scheduled-resume") pause.Resume("U0LEAD", Now.AddHours(3), Now.AddDays(2), "Back soon");
        if (state == "cancelled") { var s = Pause.Start("chordus", new PauseDetails("x", Now.AddHours(2), InternalNote: Note), "U0LEAD", Now); s.AddUpdate("U0LEAD", "u", Now); s.Resume("U0LEAD", Now, null, null); return s; }
        return pause;
    }

    [Theory]
    [MemberData(nameof(States))]
    public void EveryPauseMessageBuilder_AnyState_NoInternalNote(string state)
    {
        var project = Project();
        var pause = PauseIn(state);
        var builders = typeof(PauseMessages).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(SlackMessage)).ToList();
        Assert.True(builders.Count >= 6, "expected the announcement builders to be found");
        foreach (var builder in builders)
        {
            var args = builder.GetParameters().Select(p => p.ParameterType switch
            {
                var t when t == typeof(Project) => (object)project,
                var t when t == typeof(Pause) => pause,
                var t when t == typeof(PauseUpdate) => pause.Updates[0],
                var t when t == typeof(IReadOnlyList<Opening>) => new[] { Opening.Post("Data labelling", "U0LEAD", Now, "python", 2) },
                var t => throw new InvalidOperationException($"{builder.Name} takes {t.Name}; teach this test about it"),
            }).ToArray();
            AssertNoNote((SlackMessage)builder.Invoke(null, args)!, builder.Name);
        }
    }

    [Theory]
    [MemberData(nameof(States))]
    public void EveryAnswer_EveryIntentAndState_NoInternalNote(string state)
    {
        var facts = new AnswerFacts(Project(), [PauseIn(state)], Now.AddHours(4));
        foreach (var intent in Enum.GetValues<Intent>())
        {
            var text = Answers.For(intent, facts);
            Assert.DoesNotContain(Note, text);
            AssertNoNote(QuestionMessages.Answer(text, facts.Project, facts.Open, "q"), $"answer {intent}");
        }
    }

    [Theory]
    [MemberData(nameof(States))]
    public void StatusForContractors_AnyState_NoInternalNote_ButLeadsSeeIt(string state)
    {
        var history = new[] { PauseIn(state) };
        Assert.DoesNotContain(Note, StatusView.Detail(Project(), history, Now.AddHours(1), lead: null));
        if (history[0].IsOpen)
            Assert.Contains(Note, StatusView.Detail(Project(), history, Now.AddHours(1), new LeadView(new HashSet<string>())));
    }

    private static void AssertNoNote(SlackMessage message, string builder)
    {
        var json = JsonSerializer.Serialize(message.Blocks, SlackJson.Options) + message.Text;
        Assert.False(json.Contains(Note), $"{builder} leaked the internal note: {json}");
    }
}

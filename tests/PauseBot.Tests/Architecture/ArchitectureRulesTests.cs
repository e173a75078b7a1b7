using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using PauseBot.Core;
using PauseBot.Encoder;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.Handlers;
using PauseBot.Tests.Support;
using PauseBot.TimeTracking;
using System.Text.RegularExpressions;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static PauseBot.Tests.Architecture.DependencyRules;
using Assembly = System.Reflection.Assembly;

namespace PauseBot.Tests.Architecture;

/// <summary>
/// The dependency rules of ../shared/ARCHITECTURE.md, checked on the compiled assemblies: Core references nothing (no Slack,
/// EF, ASP.NET or host; only the BCL and ML.NET); the protocol projects (PauseBot.Slack, PauseBot.TimeTracking) know neither
/// ASP.NET, EF, the domain nor each other; the emulator knows nothing of the bot; EF only in Persistence; the tracker protocol
/// only in the Trackers feature; a feature folder uses only its own types and Features/Shared, Shared uses no feature.
/// <see cref="DependencyRulesTests"/> shows each rule failing on a deliberate violation.
/// </summary>
public class ArchitectureRulesTests
{
    private const string Features = "PauseBot.Features";

    private static readonly Assembly Core = typeof(Outcome).Assembly;
    private static readonly Assembly Slack = typeof(SlackResponse).Assembly;
    private static readonly Assembly Persistence = typeof(PauseBotDbContext).Assembly;
    private static readonly Assembly TimeTracking = typeof(ITimeTracker).Assembly;
    private static readonly Assembly Emulator = typeof(SlackEmulator).Assembly;
    private static readonly Assembly Host = typeof(PauseBotHost).Assembly;
    private static readonly Assembly Encoder = typeof(SentenceEncoderLoader).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture Architecture =
        new ArchLoader().LoadAssemblies(Core, Slack, Persistence, TimeTracking, Emulator, Host, Encoder).Build();

    [Fact]
    public void Core_ReferencesNeitherSlackNorEfNorAspNetNorTheHost() =>
        UseNone(Types().That().ResideInAssembly(Core),
            In(Slack), In(Persistence), In(TimeTracking), In(Emulator), In(Host), In(Encoder), EntityFramework, AspNetCore).Check(Architecture);

    /// <summary>The sentence encoder (ONNX Runtime) sits behind Core's ISentenceEncoder port and knows nothing else of the bot.</summary>
    [Fact]
    public void Encoder_KnowsOnlyCoresPortOfTheBot() =>
        UseNone(Types().That().ResideInAssembly(Encoder),
            In(Slack), In(Persistence), In(TimeTracking), In(Emulator), In(Host), EntityFramework, AspNetCore).Check(Architecture);

    [Fact]
    public void Core_DependsOnlyOnTheBclAndMlNet() =>
        UseOnly(Types().That().ResideInAssembly(Core), "the BCL, ML.NET and Core itself",
            "System", "Microsoft.ML", "Microsoft.CodeAnalysis", "PauseBot.Core").Check(Architecture);

    [Fact]
    public void Slack_KnowsNeitherAspNetNorTheDomain() =>
        UseNone(Types().That().ResideInAssembly(Slack),
            In(Core), In(Persistence), In(TimeTracking), In(Emulator), In(Host), AspNetCore, EntityFramework).Check(Architecture);

    [Fact]
    public void TimeTracking_KnowsNeitherSlackNorEfNorTheDomain() =>
        UseNone(Types().That().ResideInAssembly(TimeTracking),
            In(Slack), In(Core), In(Persistence), In(Emulator), In(Host), AspNetCore, EntityFramework).Check(Architecture);

    [Fact]
    public void Emulator_KnowsNothingOfTheBot() =>
        UseNone(Types().That().ResideInAssembly(Emulator),
            In(Core), In(Persistence), In(TimeTracking), In(Host), EntityFramework).Check(Architecture);

    [Fact]
    public void EntityFramework_OnlyInPersistence() =>
        UseNone(Types().That().DoNotResideInAssembly(Persistence), EntityFramework).Check(Architecture);

    /// <summary>Tracker clients are used by the Trackers feature, its registration and the startup check, nothing else.</summary>
    [Fact]
    public void TimeTracking_UsedOnlyByTheTrackersFeature() =>
        UseNone(Types().That().ResideInAssembly(Host)
                .And().DoNotResideInNamespaceMatching($@"^({Features}\.Trackers(\..+)?|PauseBot|PauseBot\.Configuration)$"),
            In(TimeTracking)).Check(Architecture);

    public static TheoryData<string> FeatureFolders() => new(FeaturesOf(Host, Features));

    [Theory]
    [MemberData(nameof(FeatureFolders))]
    public void Feature_UsesOnlyItselfAndShared(string feature) =>
        FeatureUsesOnlyItselfAndShared(Features, feature).Check(Architecture);

    /// <summary>
    /// The same rule on the sources, for what the compiled code no longer shows: a constant (an action id, say) is copied
    /// into the using assembly, so <c>OtherFeature.SomeConst</c> leaves no dependency for ArchUnitNET to find.
    /// </summary>
    [Theory]
    [MemberData(nameof(FeatureFolders))]
    public void Feature_SourcesNameNoOtherFeature(string feature) =>
        Assert.Empty(
            from file in Directory.EnumerateFiles(RepoFiles.Combine("src", "PauseBot", "Features", feature), "*.cs", SearchOption.AllDirectories)
            from match in Regex.Matches(File.ReadAllText(file), $@"\b{Regex.Escape(Features)}\.(?!(?:{feature}|Shared)\b)\w+")
            select $"{Path.GetFileName(file)}: {match.Value}");

    [Fact]
    public void Shared_UsesNoFeature() => SharedUsesNoFeature(Features).Check(Architecture);

    [Fact]
    public void Outbox_UsesNoFeature() =>
        UseNone(Types().That().ResideInNamespaceMatching(@"^PauseBot\.Outbox(\..+)?$"), InNamespace(Features, "a feature"))
            .Check(Architecture);

    [Fact]
    public void FeatureFolders_AreFound() =>
        Assert.Superset(new HashSet<string> { "Pauses", "Questions", "Trackers", "Webhooks", "Api" }, FeaturesOf(Host, Features).ToHashSet());
}

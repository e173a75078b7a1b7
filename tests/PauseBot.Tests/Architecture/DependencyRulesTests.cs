using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;
using PauseBot.Tests.Architecture.Violations.Domain;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static PauseBot.Tests.Architecture.DependencyRules;
using Assembly = System.Reflection.Assembly;
using Type = System.Type;

namespace PauseBot.Tests.Architecture;

/// <summary>
/// The rules of <see cref="ArchitectureRulesTests"/> catch what they are meant to: each is run on deliberate violations
/// (Violations/Fixtures.cs) and must fail there, naming the offending type, and pass on the clean fixture types.
/// </summary>
public class DependencyRulesTests
{
    private const string Root = "PauseBot.Tests.Architecture.Violations";

    private static readonly Assembly Slack = typeof(SlackResponse).Assembly;
    private static readonly Assembly Host = typeof(LifecycleRunner).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture Fixtures =
        new ArchLoader().LoadAssemblies(Slack, Host).LoadNamespacesWithinAssembly(typeof(Clean).Assembly, Root).Build();

    private static IArchRule DomainRule(Type subject) =>
        UseNone(Types().That().HaveFullName(subject.FullName!), In(Slack), In(Host), EntityFramework, AspNetCore);

    [Theory]
    [InlineData(typeof(UsesEf))]
    [InlineData(typeof(UsesAspNet))]
    [InlineData(typeof(UsesSlack))]
    [InlineData(typeof(UsesHost))]
    public void UseNone_DomainTypeUsingAForbiddenLayer_Fails(Type offender) => AssertFails(DomainRule(offender), offender.Name);

    [Fact]
    public void UseNone_DomainTypeUsingOnlyTheBcl_Passes() => Assert.True(DomainRule(typeof(Clean)).HasNoViolations(Fixtures));

    private static IArchRule BclOnly(Type subject) => UseOnly(Types().That().HaveFullName(subject.FullName!), "the BCL", "System");

    [Theory]
    [InlineData(typeof(UsesEf))]
    [InlineData(typeof(UsesSlack))]
    public void UseOnly_TypeUsingAnythingElse_Fails(Type offender) => AssertFails(BclOnly(offender), offender.Name);

    [Fact]
    public void UseOnly_TypeUsingOnlyTheBcl_Passes() => Assert.True(BclOnly(typeof(Clean)).HasNoViolations(Fixtures));

    [Theory]
    [InlineData("Alpha", "AlphaThing")]
    [InlineData("Gamma", "GammaThing")]
    public void FeatureUsesOnlyItselfAndShared_FeatureUsingAnother_Fails(string feature, string offender) =>
        AssertFails(FeatureUsesOnlyItselfAndShared(Root + ".Features", feature), offender);

    [Theory]
    [InlineData("Beta")]
    [InlineData("GammaTwo")]
    public void FeatureUsesOnlyItselfAndShared_FeatureUsingShared_Passes(string feature) =>
        Assert.True(FeatureUsesOnlyItselfAndShared(Root + ".Features", feature).HasNoViolations(Fixtures));

    [Fact]
    public void SharedUsesNoFeature_SharedUsingAFeature_Fails() => AssertFails(SharedUsesNoFeature(Root + ".LeakyFeatures"), "SharedThing");

    [Fact]
    public void SharedUsesNoFeature_SharedStandingAlone_Passes() =>
        Assert.True(SharedUsesNoFeature(Root + ".Features").HasNoViolations(Fixtures));

    [Fact]
    public void FeaturesOf_FindsEachFolderButShared() =>
        Assert.Equal(["Alpha", "Beta", "Gamma", "GammaTwo"], FeaturesOf(typeof(Clean).Assembly, Root + ".Features"));

    private static void AssertFails(IArchRule rule, string offender)
    {
        var failures = rule.Evaluate(Fixtures).Where(r => !r.Passed).Select(r => r.Description).ToList();
        Assert.Contains(failures, d => d.Contains(offender, StringComparison.Ordinal));
    }
}

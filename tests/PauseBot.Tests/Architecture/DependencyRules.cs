using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using Assembly = System.Reflection.Assembly;

namespace PauseBot.Tests.Architecture;

/// <summary>
/// The rules <see cref="ArchitectureRulesTests"/> checks, as functions of what they constrain, so
/// <see cref="DependencyRulesTests"/> can show each one failing on a deliberate violation.
/// </summary>
public static class DependencyRules
{
    public static readonly IObjectProvider<IType> EntityFramework = InNamespace("Microsoft.EntityFrameworkCore", "EF Core");
    public static readonly IObjectProvider<IType> AspNetCore = InNamespace("Microsoft.AspNetCore", "ASP.NET Core");

    /// <summary>Types in <paramref name="root"/> or below it.</summary>
    public static IObjectProvider<IType> InNamespace(string root, string description) =>
        Types(true).That().ResideInNamespaceMatching($@"^{Escape(root)}(\..+)?$").As(description);

    public static IObjectProvider<IType> In(Assembly assembly) =>
        Types(true).That().ResideInAssembly(assembly).As(assembly.GetName().Name!);

    /// <summary><paramref name="subjects"/> depend on none of <paramref name="forbidden"/> (each named in a failure).</summary>
    public static IArchRule UseNone(GivenTypesConjunction subjects, params IObjectProvider<IType>[] forbidden)
    {
        var rule = subjects.Should().NotDependOnAny(forbidden[0]);
        foreach (var other in forbidden.Skip(1)) rule = rule.AndShould().NotDependOnAny(other);
        return rule;
    }

    /// <summary>
    /// <paramref name="subjects"/> depend only on types in <paramref name="allowed"/> namespaces (each with those below it) and
    /// on compiler-generated types in the global namespace. (Written as "none outside": ArchUnitNET 0.13.5's <c>OnlyDependOn</c>
    /// passes even when a type depends on something outside the given set.)
    /// </summary>
    public static IArchRule UseOnly(GivenTypesConjunction subjects, string description, params string[] allowed) =>
        subjects.Should().NotDependOnAny(Types(true).That()
            .DoNotResideInNamespaceMatching($@"^(({string.Join("|", allowed.Select(Escape))})(\..+)?|)$").As($"anything but {description}"));

    /// <summary>
    /// A feature folder (<c>{features}.{feature}</c>) uses only itself and <c>{features}.Shared</c>: a type two features need
    /// moves to Shared, and what a feature offers the others it offers through a Shared interface.
    /// </summary>
    public static IArchRule FeatureUsesOnlyItselfAndShared(string features, string feature) =>
        Types().That().ResideInNamespaceMatching($@"^{Escape(features)}\.{feature}(\..+)?$").As($"feature {feature}").Should()
            .NotDependOnAny(Types(true).That()
                .ResideInNamespaceMatching($@"^{Escape(features)}\.(?!(?:{feature}|Shared)(?:\.|$))\w+(\..+)?$").As("another feature"));

    /// <summary>The shared folder of <paramref name="features"/> uses no feature.</summary>
    public static IArchRule SharedUsesNoFeature(string features) =>
        Types().That().ResideInNamespaceMatching($@"^{Escape(features)}\.Shared(\..+)?$").As("Features.Shared").Should()
            .NotDependOnAny(Types(true).That().ResideInNamespaceMatching($@"^{Escape(features)}\.(?!Shared(?:\.|$))\w+(\..+)?$").As("a feature"));

    /// <summary>The feature folders directly under <paramref name="features"/> that hold types, Shared excluded.</summary>
    public static IReadOnlyList<string> FeaturesOf(Assembly assembly, string features) =>
        assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith(features + ".", StringComparison.Ordinal))
            .Select(n => n[(features.Length + 1)..].Split('.')[0]).Where(f => f != "Shared")
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Escape(string ns) => ns.Replace(".", @"\.", StringComparison.Ordinal);
}

using System.Reflection;
using System.Text.RegularExpressions;
using PauseBot.Persistence.Outbox;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Architecture;

/// <summary>
/// Every change is written through the one commit step (<see cref="Core.IUnitOfWork"/>): no code outside
/// src/PauseBot.Persistence saves, builds outbox rows, settles lost races or wakes the dispatcher itself, and the outbox
/// picks deliverers by kind without knowing any feature.
/// </summary>
public partial class CommitStepRulesTests
{
    [GeneratedRegex(@"\bSaveChanges(Async)?\s*\(")]
    private static partial Regex SaveChanges();

    [GeneratedRegex(@"\bnew\s+OutboxMessage\s*\(|\bOutboxMessage\s+\w+\s*=\s*new\s*\(|\bnew\s*\(\s*OutboxKind\.")]
    private static partial Regex NewOutboxRow();

    [GeneratedRegex(@"\b(DbUpdateConcurrencyException|DbUpdateException|OutboxSignal)\b")]
    private static partial Regex CommitMachinery();

    [GeneratedRegex(@"^\s*using\s+(static\s+)?PauseBot\.Features\b|\bPauseBot\.Features\.", RegexOptions.Multiline)]
    private static partial Regex FeatureReference();

    private static IEnumerable<(string Path, string Text)> SourceFiles(params string[] under) =>
        Directory.EnumerateFiles(RepoFiles.Combine(under), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Select(f => (Path.GetRelativePath(RepoFiles.Root, f), File.ReadAllText(f)));

    private static IEnumerable<(string Path, string Text)> OutsidePersistence() =>
        SourceFiles("src").Where(f => !f.Path.StartsWith(Path.Combine("src", "PauseBot.Persistence") + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    [Fact]
    public void Sources_OutsidePersistence_NeverSaveChanges() =>
        Assert.Empty(OutsidePersistence().Where(f => SaveChanges().IsMatch(f.Text)).Select(f => f.Path));

    [Fact]
    public void Sources_OutsidePersistence_NeverBuildOutboxRows() =>
        Assert.Empty(OutsidePersistence().Where(f => NewOutboxRow().IsMatch(f.Text)).Select(f => f.Path));

    [Fact]
    public void Sources_OutsidePersistence_NeitherSettleConflictsNorWakeTheDispatcher() =>
        Assert.Empty(OutsidePersistence().Where(f => CommitMachinery().IsMatch(f.Text) && !f.Path.EndsWith("OutboxDispatcher.cs", StringComparison.Ordinal))
            .Select(f => f.Path));

    [Fact]
    public void OutboxMessage_HasNoPublicConstructor() =>
        Assert.Empty(typeof(OutboxMessage).GetConstructors(BindingFlags.Public | BindingFlags.Instance));

    [Fact]
    public void OutboxFolder_ImportsNoFeature() =>
        Assert.Empty(SourceFiles("src", "PauseBot", "Outbox").Where(f => FeatureReference().IsMatch(f.Text)).Select(f => f.Path));

    [Fact]
    public void OutboxAssembly_TypesOfOutboxNamespace_ReferenceNoFeatureType()
    {
        var outbox = typeof(Program).Assembly.GetTypes().Where(t => t.Namespace == "PauseBot.Outbox");
        var offenders = outbox.SelectMany(t => Referenced(t).Where(r => r.Namespace?.StartsWith("PauseBot.Features", StringComparison.Ordinal) == true)
            .Select(r => $"{t.Name} → {r.FullName}")).Distinct().ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var f in type.GetFields(all)) yield return f.FieldType;
        foreach (var c in type.GetConstructors(all))
            foreach (var p in c.GetParameters()) yield return p.ParameterType;
        foreach (var m in type.GetMethods(all))
        {
            yield return m.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
        }
        foreach (var i in type.GetInterfaces()) yield return i;
        if (type.BaseType is { } b) yield return b;
    }
}

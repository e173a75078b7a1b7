using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PauseBot.Core.Tests;

/// <summary>
/// Core speaks only the domain: no string in src/PauseBot.Core carries Slack markup (mentions, channel links, special
/// tokens, links, mrkdwn code, bold, italic or strike, Slack's escapes) or slash-command syntax (the manifest's
/// commands, <c>--flags</c>). Checked twice: on the source tokens (every kind of string literal), and on the
/// compiled assembly (its user strings and string constants, less the regex patterns of its attributes), which also sees
/// what the compiler joined from pieces.
/// The words a person reads are the host's (its Replies and Messages).
/// </summary>
public partial class CoreStringsTests
{
    private static readonly Lazy<Regex> Pattern = new(() => new Regex(
        @"<[@#!]|<(https?|mailto):|`|\*\S[^*]*\*|(^|\s)_\S[^_]*_($|[\s.,;!?])|(^|\s)~\S[^~]*~($|\s)|&(lt|gt|amp);"
        + $@"|(^|[\s(""'])/({string.Join('|', ManifestCommands())})\b|(^|\s)--[a-z]", RegexOptions.CultureInvariant));

    [Fact]
    public void Strings_InCoreSources_HaveNoSlackMarkupOrCommandSyntax()
    {
        var offenders = (from file in CoreSources()
                         from token in CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantTokens()
                         where IsText(token) && Pattern.Value.IsMatch(token.ValueText)
                         select $"{Path.GetFileName(file)}:{token.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {token.ValueText}").ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Strings_InCoreAssembly_HaveNoSlackMarkupOrCommandSyntax()
    {
        using var pe = new PEReader(File.OpenRead(typeof(Outcome).Assembly.Location));
        var metadata = pe.GetMetadataReader();
        var strings = UserStrings(metadata).Concat(StringConstants(metadata)).ToList();
        Assert.Contains(strings, s => s.Length > 0); // the scan reads something
        var patterns = AttributeStrings().ToHashSet(StringComparer.Ordinal); // a [GeneratedRegex]'s pattern is compiled into a user string
        var offenders = strings.Where(s => Pattern.Value.IsMatch(s) && !patterns.Contains(s)).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void ManifestCommands_AreTheBotsSlashCommands() => Assert.Equal(["pause", "resume", "pausebot"], ManifestCommands());

    [Theory]
    [InlineData("<@U1> is now a lead")]
    [InlineData("See `/pausebot project list`.")]
    [InlineData("The --at time is in the past")]
    [InlineData("Say it: /pause <project> <reason>")]
    [InlineData("*Chordus* is paused")]
    [InlineData("_Chordus_ is paused")]
    [InlineData("it was ~paused~")]
    [InlineData("see <https://example.com|the page>")]
    [InlineData("a &lt; b")]
    [InlineData("<!here> heads up")]
    public void Pattern_SlackOrCommandText_Matches(string text) => Assert.Matches(Pattern.Value, text);

    [Theory]
    [InlineData("0 9 * ? * MON-FRI")]
    [InlineData("refused:not-lead")]
    [InlineData("every mon,thu 10:00")]
    [InlineData("2026-01-05T09:30:00Z")]
    [InlineData("snake_case_key")]
    [InlineData("a/b/pauses")]
    public void Pattern_DomainText_DoesNotMatch(string text) => Assert.DoesNotMatch(Pattern.Value, text);

    // Texts a person could read: string literals of every kind and the text of interpolated strings; not attribute arguments
    // (regex patterns) nor character literals (parsing tokens: the normalizer reads ` as an apostrophe).
    private static bool IsText(SyntaxToken token) =>
        token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken
        && !token.Parent!.AncestorsAndSelf().Any(n => n.IsKind(SyntaxKind.Attribute));

    private static IEnumerable<string> AttributeStrings() =>
        from file in CoreSources()
        from token in CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantTokens()
        where token.Parent!.AncestorsAndSelf().Any(n => n.IsKind(SyntaxKind.Attribute))
        select token.ValueText;

    private static IEnumerable<string> UserStrings(MetadataReader metadata)
    {
        if (metadata.GetHeapSize(HeapIndex.UserString) <= 1) yield break;
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
            yield return metadata.GetUserString(handle);
    }

    private static IEnumerable<string> StringConstants(MetadataReader metadata) =>
        from row in Enumerable.Range(1, metadata.GetTableRowCount(TableIndex.Constant))
        let constant = metadata.GetConstant(MetadataTokens.ConstantHandle(row))
        where constant.TypeCode == ConstantTypeCode.String
        let blob = metadata.GetBlobReader(constant.Value)
        select blob.ReadUTF16(blob.Length);

    private static string[] ManifestCommands() =>
        File.ReadLines(Path.Combine(RepoRoot(), "manifests", "slack-app.yaml"))
            .Select(line => Regex.Match(line, @"^\s*-\s*command:\s*/(\S+)\s*$")).Where(m => m.Success)
            .Select(m => m.Groups[1].Value).ToArray();

    private static IEnumerable<string> CoreSources()
    {
        var core = Path.Combine(RepoRoot(), "src", "PauseBot.Core");
        var files = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin")).ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PauseBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PauseBot.sln not found.");
    }
}

using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PauseBot.Core.Tests;

/// <summary>
/// Core speaks only the domain: no string in src/PauseBot.Core carries Slack markup (mentions, channel links, special
/// tokens, mrkdwn code or bold) or slash-command syntax. The words a person reads are the host's (its Replies and Messages).
/// </summary>
public partial class CoreStringsTests
{
    [GeneratedRegex(@"<[@#!]|`|\*\S[^*]*\*|(^|[\s(""'])/(pause|resume|pausebot)\b|(^|\s)--[a-z]")]
    private static partial Regex SlackOrCommandSyntax();

    [Fact]
    public void Strings_InCore_HaveNoSlackMarkupOrCommandSyntax()
    {
        var offenders = (from file in CoreSources()
                         from token in CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantTokens()
                         where IsText(token) && SlackOrCommandSyntax().IsMatch(token.ValueText)
                         select $"{Path.GetFileName(file)}:{token.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {token.ValueText}").ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("<@U1> is now a lead")]
    [InlineData("See `/pausebot project list`.")]
    [InlineData("The --at time is in the past")]
    [InlineData("Say it: /pause <project> <reason>")]
    [InlineData("*Chordus* is paused")]
    public void Pattern_SlackOrCommandText_Matches(string text) => Assert.Matches(SlackOrCommandSyntax(), text);

    [Theory]
    [InlineData("0 9 * ? * MON-FRI")]
    [InlineData("refused:not-lead")]
    [InlineData("every mon,thu 10:00")]
    public void Pattern_DomainText_DoesNotMatch(string text) => Assert.DoesNotMatch(SlackOrCommandSyntax(), text);

    // Texts a person could read: string literals and the text of interpolated strings, not attribute arguments (regex patterns).
    private static bool IsText(SyntaxToken token) =>
        token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
        && !token.Parent!.AncestorsAndSelf().Any(n => n.IsKind(SyntaxKind.Attribute));

    private static IEnumerable<string> CoreSources()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PauseBot.sln"))) dir = dir.Parent;
        var core = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("PauseBot.sln not found."), "src", "PauseBot.Core");
        var files = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin")).ToList();
        Assert.NotEmpty(files);
        return files;
    }
}

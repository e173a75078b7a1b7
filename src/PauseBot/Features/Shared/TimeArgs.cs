using PauseBot.Slack.Blocks;
using PauseBot.Features.Shared.Text;

namespace PauseBot.Features.Shared;

/// <summary>Reads a time flag (<c>--at</c>, <c>--until</c>, …) in the project's zone; errors are values for the user.</summary>
public static class TimeArgs
{
    public static DateTimeOffset? Read(ParsedCommand parsed, string flag, DateTimeOffset now, TimeZoneInfo zone, List<string> errors) =>
        Read(parsed.Get(flag), flag, now, zone, errors);

    public static DateTimeOffset? Read(string? text, string flag, DateTimeOffset now, TimeZoneInfo zone, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var result = TimeExpression.Parse(text, now, zone);
        if (result.IsSuccess) return result.Instant;
        errors.Add($"`--{flag}`: {Mrkdwn.Escape(result.Error!)}"); // the error quotes what the user typed
        return null;
    }
}

using Microsoft.Extensions.Options;

namespace PauseBot.Configuration;

/// <summary>The rules the options validators share; each failure names the full configuration key.</summary>
internal static class OptionsRules
{
    public static bool IsAbsoluteHttp(Uri? url) => url is { IsAbsoluteUri: true, Scheme: "https" or "http" };

    public static void Positive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero) failures.Add($"{key} must be longer than zero (was {value}).");
    }

    public static void NotNegative(List<string> failures, string key, TimeSpan value)
    {
        if (value < TimeSpan.Zero) failures.Add($"{key} must not be negative (was {value}).");
    }

    public static void AtLeast(List<string> failures, string key, int value, int least)
    {
        if (value < least) failures.Add($"{key} must be at least {least} (was {value}).");
    }

    public static void Defined<TEnum>(List<string> failures, string key, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value)) failures.Add($"{key} '{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    public static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}

using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace PauseBot.Tests.Support;

/// <summary>Creates an API key as an admin would and reads it from the one reply that shows it.</summary>
public static partial class ApiKeys
{
    [GeneratedRegex("```(pbk_[A-Za-z0-9_-]+)```")]
    private static partial Regex KeyPattern();

    public static async Task<string> CreateApiKeyAsync(this BotHost bot, string name = "timetracker")
    {
        var reply = await bot.CommandAsync("/pausebot", $"apikey create {name}", BotHost.Admin);
        return KeyPattern().Match(reply) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(reply);
    }

    public static async Task<HttpResponseMessage> GetAsync(this BotHost bot, string path, string? key, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await bot.Http.SendAsync(request, ct);
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PauseBot.TimeTracking.Tests.TestSupport;

namespace PauseBot.TimeTracking.Tests;

public sealed class TimeTrackingConfigurationTests
{
    private static IReadOnlyList<string> Problems(params (string Key, string? Value)[] settings) =>
        TimeTrackingConfiguration.Problems(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create("TimeTracking:" + s.Key, s.Value))).Build());

    [Fact]
    public void Problems_NoSection_None() => Assert.Empty(Problems());

    [Fact]
    public void Problems_EveryConnectorComplete_None() =>
        Assert.Empty(Problems(("Harvest:AccessToken", "t"), ("Harvest:AccountId", "123"), ("Toggl:ApiToken", "t"), ("Toggl:WorkspaceId", "456"),
            ("Clockify:ApiKey", "k"), ("Clockify:WorkspaceId", "626f9e3b36c2670314c0386e"), ("CheckInterval", "00:05:00"),
            ("Harvest:BaseUrl", "http://127.0.0.1:5000"), ("Clockify:BaseUrl", "https://proxy.example.com/clockify/api")));

    [Fact]
    public void Problems_HalfConfigured_EveryOneListedNamingTheMissingKey()
    {
        var problems = Problems(("Harvest:AccessToken", "t"), ("Toggl:WorkspaceId", "456"), ("Clockify:ApiKey", "k"));

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("TimeTracking:Harvest:AccountId is missing but TimeTracking:Harvest:AccessToken is set", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TimeTracking:Toggl:ApiToken is missing but TimeTracking:Toggl:WorkspaceId is set", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TimeTracking:Clockify:WorkspaceId is missing but TimeTracking:Clockify:ApiKey is set", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_BadValues_EveryOneListed()
    {
        var problems = Problems(("Harvest:AccessToken", "t"), ("Harvest:AccountId", "acme"), ("Toggl:BaseUrl", "api.track.toggl.com"),
            ("Clockify:BaseUrl", "ftp://example.com"), ("CheckInterval", "fifteen minutes"));

        Assert.Equal(4, problems.Count);
        Assert.Contains("TimeTracking:Harvest:AccountId 'acme' is not a number.", problems);
        Assert.Contains("TimeTracking:Toggl:BaseUrl 'api.track.toggl.com' is not an absolute http(s) URL.", problems);
        Assert.Contains("TimeTracking:Clockify:BaseUrl 'ftp://example.com' is not an absolute http(s) URL.", problems);
        Assert.Contains(problems, p => p.StartsWith("TimeTracking:CheckInterval 'fifteen minutes'", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ZeroInterval_Listed() =>
        Assert.Single(Problems(("CheckInterval", "00:00:00")));

    [Fact]
    public void Options_HalfConfigured_FailsAtStartWithEveryProblem()
    {
        using var services = TrackerServices.With(new Dictionary<string, string?>
        {
            ["TimeTracking:Harvest:AccessToken"] = "t", ["TimeTracking:Toggl:ApiToken"] = "t",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.Get<IOptions<TimeTrackingOptions>>().Value);

        Assert.Equal(2, ex.Failures.Count());
    }

    [Fact]
    public void Options_Defaults_DocumentedValues()
    {
        var options = new TimeTrackingOptions();

        Assert.Equal(TimeSpan.FromMinutes(15), options.CheckInterval);
        Assert.Equal("https://api.harvestapp.com/", options.Harvest.BaseUrl.AbsoluteUri);
        Assert.Equal("https://api.track.toggl.com/", options.Toggl.BaseUrl.AbsoluteUri);
        Assert.Equal("https://api.clockify.me/api", options.Clockify.BaseUrl.AbsoluteUri);
    }

    [Fact]
    public void Trackers_OnlyConfiguredOnesEnabled()
    {
        using var services = TrackerServices.With(new Dictionary<string, string?>
        {
            ["TimeTracking:Toggl:ApiToken"] = "t", ["TimeTracking:Toggl:WorkspaceId"] = "456",
        });

        Assert.Equal([TrackerKind.Toggl], services.Trackers.Enabled);
        Assert.Equal(TrackerKind.Toggl, services.Trackers.Get(TrackerKind.Toggl)!.Kind);
        Assert.Null(services.Trackers.Get(TrackerKind.Harvest));
    }

    [Theory]
    [InlineData("harvest", TrackerKind.Harvest)]
    [InlineData(" Toggl ", TrackerKind.Toggl)]
    [InlineData("CLOCKIFY", TrackerKind.Clockify)]
    public void TryParse_KnownName_Kind(string text, TrackerKind expected)
    {
        Assert.True(TrackerKinds.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
        Assert.Equal(text.Trim().ToLowerInvariant(), kind.Name());
    }

    [Fact]
    public void TryParse_Unknown_False() => Assert.False(TrackerKinds.TryParse("jira", out _));
}

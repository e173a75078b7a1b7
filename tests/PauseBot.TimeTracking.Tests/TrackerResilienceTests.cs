using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;
using PauseBot.TimeTracking.Http;

namespace PauseBot.TimeTracking.Tests;

public sealed class TrackerResilienceTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    private static Outcome<HttpResponseMessage> RateLimited(Action<HttpResponseMessage>? headers = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        headers?.Invoke(response);
        return Outcome.FromResult(response);
    }

    [Fact]
    public void RetryAfter_Seconds_ThatDelay() =>
        Assert.Equal(TimeSpan.FromSeconds(12), TrackerResilience.RetryAfter(RateLimited(r => r.Headers.RetryAfter = new(TimeSpan.FromSeconds(12))), Time, Max));

    [Fact]
    public void RetryAfter_Date_UntilThen() =>
        Assert.Equal(TimeSpan.FromSeconds(30),
            TrackerResilience.RetryAfter(RateLimited(r => r.Headers.RetryAfter = new(Time.GetUtcNow().AddSeconds(30))), Time, Max));

    [Fact]
    public void RetryAfter_Missing_OneSecond() => Assert.Equal(TimeSpan.FromSeconds(1), TrackerResilience.RetryAfter(RateLimited(), Time, Max));

    [Fact]
    public void RetryAfter_Longer_Capped() =>
        Assert.Equal(Max, TrackerResilience.RetryAfter(RateLimited(r => r.Headers.RetryAfter = new(TimeSpan.FromHours(1))), Time, Max));

    [Fact]
    public void RetryAfter_ServerError_BackoffInstead() =>
        Assert.Null(TrackerResilience.RetryAfter(Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)), Time, Max));

    [Theory]
    [InlineData(429, false, true)]
    [InlineData(503, true, true)]
    [InlineData(503, false, false)]
    [InlineData(408, true, true)]
    [InlineData(404, true, false)]
    [InlineData(401, true, false)]
    public void ShouldRetry_ByStatusAndIdempotence(int status, bool idempotent, bool expected)
    {
        var context = ResilienceContextPool.Shared.Get(TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
        request.Options.Set(TrackerResilience.Idempotent, idempotent);
        context.SetRequestMessage(request);

        Assert.Equal(expected, TrackerResilience.ShouldRetry(Outcome.FromResult(new HttpResponseMessage((HttpStatusCode)status)), context));
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public void VendorMessage_JsonMessageOrPlainStringOrNothingForHtml()
    {
        Assert.Equal("Project not found", TrackerHttp.VendorMessage("""{"message":"Project not found","code":501}"""u8.ToArray()));
        Assert.Equal("Incorrect username", TrackerHttp.VendorMessage("\"Incorrect username\""u8.ToArray()));
        Assert.Null(TrackerHttp.VendorMessage("<html><body>503</body></html>"u8.ToArray()));
    }
}

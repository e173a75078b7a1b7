using System.Net;
using System.Text;

namespace PauseBot.Slack.Tests.TestSupport;

/// <summary>Answers HTTP calls from a script and records what was sent.</summary>
internal sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> script = new();

    public List<RecordedRequest> Requests { get; } = [];

    public FakeHttpHandler Respond(HttpStatusCode status, string body, string contentType = "application/json", TimeSpan? retryAfter = null)
    {
        script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
            if (retryAfter is { } delay) response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
            return response;
        });
        return this;
    }

    public FakeHttpHandler Json(string body) => Respond(HttpStatusCode.OK, body);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.RequestUri!, request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(), body));
        if (script.Count == 0) throw new InvalidOperationException("No scripted response left");
        var response = script.Dequeue()(request);
        response.RequestMessage = request;
        return response;
    }
}

internal sealed record RecordedRequest(Uri Uri, string? Authorization, string? ContentType, string Body)
{
    public string Method => Uri.Segments[^1];
}

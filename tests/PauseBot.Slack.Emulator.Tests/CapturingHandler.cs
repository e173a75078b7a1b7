using System.Net;

namespace PauseBot.Slack.Emulator.Tests;

/// <summary>Stands in for a bot: captures raw request bytes and headers, answers 200.</summary>
public sealed class CapturingHandler : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, byte[] Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add((request, body));
        return new HttpResponseMessage(HttpStatusCode.OK);
    }

    public static string Header(HttpRequestMessage request, string name) => request.Headers.GetValues(name).Single();
}

using System.Text;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Signing;

// The throughput ceiling for bench/ack.sh: an ASP.NET endpoint that reads the raw body (size-capped) and verifies the
// Slack signature with the bot's own verifier — and does nothing else. Usage: Ceiling --urls http://127.0.0.1:PORT --secret S
var secret = args.SkipWhile(a => a != "--secret").Skip(1).FirstOrDefault()
             ?? throw new ArgumentException("usage: Ceiling --urls http://127.0.0.1:PORT --secret SIGNING_SECRET");
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var verifier = new SlackSignatureVerifier(TimeProvider.System);
var ok = Encoding.UTF8.GetBytes("""{"response_type":"ephemeral","text":"ok"}""");

app.MapPost("/slack/commands", async (HttpContext http) =>
{
    var body = await SlackBodyReader.ReadAsync(http.Request.Body, SlackBodyReader.DefaultMaxBytes, http.RequestAborted);
    if (body.TooLarge)
    {
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return;
    }
    var check = verifier.Verify(secret, http.Request.Headers["X-Slack-Request-Timestamp"], http.Request.Headers["X-Slack-Signature"], body.Body.Span);
    if (check != SignatureCheck.Valid)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }
    http.Response.ContentType = "application/json";
    await http.Response.Body.WriteAsync(ok, http.RequestAborted);
});
app.Run();

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Testing;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class SlackSignerTests
{
    [Fact]
    public void OfficialTestVector_GivesTheOfficialSignature()
    {
        var v = Payloads.Object("signing_test_vector_official.json");
        var secret = v["signing_secret"]!.GetValue<string>();
        var ts = v["x_slack_request_timestamp"]!.GetValue<string>();
        var body = v["raw_body"]!.GetValue<string>();
        var expected = v["expected_x_slack_signature"]!.GetValue<string>();

        Assert.Equal(expected, SlackSigner.Compute(secret, ts, body));
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(ts, System.Globalization.CultureInfo.InvariantCulture)));
        var signer = new SlackSigner(secret, clock);
        Assert.Equal((ts, expected), signer.Sign(Encoding.UTF8.GetBytes(body)));
        Assert.True(SlackSigner.Verify(secret, ts, Encoding.UTF8.GetBytes(body), expected));
        Assert.False(SlackSigner.Verify(secret, ts, Encoding.UTF8.GetBytes(body + "x"), expected));
    }

    [Fact]
    public void Signature_IsIndependentHmacOverBaseString()
    {
        var body = "payload=%7B%22a%22%3A1%7D"u8.ToArray();
        var independent = "v0=" + Convert.ToHexString(HMACSHA256.HashData("s3cret"u8, Encoding.UTF8.GetBytes("v0:1700000000:").Concat(body).ToArray())).ToLowerInvariant();
        Assert.Equal(independent, SlackSigner.Compute("s3cret", "1700000000", body));
    }
}

using System.Text;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Signing;
using PauseBot.Slack.Tests.TestSupport;

namespace PauseBot.Slack.Tests.Signing;

public sealed class SlackSignatureVerifierTests
{
    private static readonly System.Text.Json.JsonElement Vector = Payloads.Json("signing_test_vector_official.json");
    private static string Secret => Vector.GetProperty("signing_secret").GetString()!;
    private static string Timestamp => Vector.GetProperty("x_slack_request_timestamp").GetString()!;
    private static byte[] Body => Encoding.UTF8.GetBytes(Vector.GetProperty("raw_body").GetString()!);
    private static string Expected => Vector.GetProperty("expected_x_slack_signature").GetString()!;

    private static SlackSignatureVerifier CreateSut(long nowSeconds = 1531420618) =>
        new(new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(nowSeconds)));

    [Fact]
    public void ComputeSignature_OfficialVector_MatchesSlack() =>
        Assert.Equal(Expected, SlackSignatureVerifier.ComputeSignature(Secret, Timestamp, Body));

    [Fact]
    public void Verify_OfficialVector_Valid() =>
        Assert.Equal(SignatureCheck.Valid, CreateSut().Verify(Secret, Timestamp, Expected, Body));

    [Fact]
    public void Verify_TamperedBody_BadSignature()
    {
        var tampered = Encoding.UTF8.GetBytes(Vector.GetProperty("raw_body").GetString()!.Replace("roadrunner", "coyote"));
        Assert.Equal(SignatureCheck.BadSignature, CreateSut().Verify(Secret, Timestamp, Expected, tampered));
    }

    [Fact]
    public void Verify_WrongSecret_BadSignature() =>
        Assert.Equal(SignatureCheck.BadSignature, CreateSut().Verify("another-secret", Timestamp, Expected, Body));

    [Fact]
    public void Verify_TruncatedSignature_BadSignature() =>
        Assert.Equal(SignatureCheck.BadSignature, CreateSut().Verify(Secret, Timestamp, Expected[..^2], Body));

    [Theory]
    [InlineData(1531420618 + 301)]
    [InlineData(1531420618 - 301)]
    public void Verify_TimestampOutsideFiveMinutes_Stale(long now) =>
        Assert.Equal(SignatureCheck.StaleTimestamp, CreateSut(now).Verify(Secret, Timestamp, Expected, Body));

    [Theory]
    [InlineData(1531420618 + 300)]
    [InlineData(1531420618 - 300)]
    public void Verify_TimestampAtWindowEdge_Valid(long now) =>
        Assert.Equal(SignatureCheck.Valid, CreateSut(now).Verify(Secret, Timestamp, Expected, Body));

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("1531420618", null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_MissingHeaders(string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.MissingHeaders, CreateSut().Verify(Secret, timestamp, signature, Body));

    [Theory]
    [InlineData("abc")]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    public void Verify_NonNumericTimestamp_Malformed(string timestamp) =>
        Assert.Equal(SignatureCheck.MalformedTimestamp, CreateSut().Verify(Secret, timestamp, Expected, Body));

    [Fact]
    public void Verify_EmptySecret_Throws() =>
        Assert.Throws<ArgumentException>(() => CreateSut().Verify("", Timestamp, Expected, Body));
}

using System.Text;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Tests.TestSupport;

namespace PauseBot.Slack.Tests.Inbound;

public sealed class FormBodyTests
{
    [Fact]
    public void Parse_SlashCommandSample_DecodesPlusAndPercent()
    {
        var fields = FormBody.Parse(Payloads.Bytes("slash_command_form_body_enterprise_bolt_python.txt"));
        var command = SlashCommand.FromFields(fields);
        Assert.Equal(("/hello-world", "Hi", "Org Name", "E111"), (command.Command, command.Text, command.EnterpriseName, command.EnterpriseId));
        Assert.Equal("https://hooks.slack.com/commands/T111/111/xxxxx", command.ResponseUrl);
        Assert.Equal("verification_token", command.Fields["token"]);
    }

    [Fact]
    public void Parse_Utf8Escapes_DecodesText() =>
        Assert.Equal("café & <b>", FormBody.Parse("text=caf%C3%A9+%26+%3Cb%3E"u8)["text"]);

    [Fact]
    public void Parse_LongEscapedField_Decodes() // over the stack buffer's 512 bytes
    {
        var text = string.Concat(Enumerable.Repeat("café & ", 200));
        var body = "text=" + Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal) + "&a=1";
        var fields = FormBody.Parse(Encoding.ASCII.GetBytes(body));
        Assert.Equal((text, "1"), (fields["text"], fields["a"]));
    }

    [Fact]
    public void Parse_EmptyValueAndMissingEquals_EmptyString()
    {
        var fields = FormBody.Parse("text=&flag&a=1"u8);
        Assert.Equal(("", "", "1"), (fields["text"], fields["flag"], fields["a"]));
    }

    [Theory]
    [InlineData("text=%ZZ")]
    [InlineData("text=%4")]
    [InlineData("text=%FF%FE")]
    public void Parse_Malformed_Throws(string body) =>
        Assert.Throws<SlackPayloadException>(() => FormBody.Parse(Encoding.ASCII.GetBytes(body)));

    [Fact]
    public void Parse_RawInvalidUtf8WithoutEscapes_Throws() => // a field with nothing to decode is still checked
        Assert.Throws<SlackPayloadException>(() => FormBody.Parse(Encoding.Latin1.GetBytes("text=caf\u00e9")));
}

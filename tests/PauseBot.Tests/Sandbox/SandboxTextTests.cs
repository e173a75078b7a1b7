using PauseBot.Sandbox;
using PauseBot.Slack.Emulator;

namespace PauseBot.Tests.Sandbox;

public class SandboxTextTests
{
    private static EmulatedWorkspace CreateWorkspace()
    {
        var ws = new EmulatedWorkspace(TimeProvider.System, "xoxb-test");
        SandboxSeed.Apply(ws);
        return ws;
    }

    [Fact]
    public void ForCommand_MentionsChannelsAndControlCharacters_EscapedWithNames()
    {
        var text = SandboxText.ForCommand("lead add chordus @lee in #chordus & <b>", CreateWorkspace());

        Assert.Equal("lead add chordus <@U0LEE|lee> in <#C0CHORDUS|chordus> &amp; &lt;b&gt;", text);
    }

    [Fact]
    public void ForMessage_BotMentionByNameOrDisplayName_BecomesUserReference()
    {
        var ws = CreateWorkspace();

        Assert.Equal("<@U0BOT> can I log hours?", SandboxText.ForMessage("@pausebot can I log hours?", ws));
        Assert.Equal("ask <@U0LIN>.", SandboxText.ForMessage("ask @Lin.", ws));
    }

    [Fact]
    public void ForMessage_UnknownNamesAndEmails_LeftAlone()
    {
        Assert.Equal("mail a@b.c or @nobody in #nowhere", SandboxText.ForMessage("mail a@b.c or @nobody in #nowhere", CreateWorkspace()));
    }
}

using System.Globalization;
using PauseBot.Core;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;

namespace PauseBot.Tests.Features.Shared;

/// <summary>The table of text limits: its numbers fit what Slack holds, and a check counts the text as Slack will.</summary>
public class TextLimitsTests
{
    public static TheoryData<Field, int> Table() => new(TextLimits.ByField.Select(kv => (kv.Key, kv.Value)));

    [Theory]
    [MemberData(nameof(Table))]
    public void Limit_FitsAModalInputAndLeavesTheTemplateItsRoom(Field field, int limit)
    {
        Assert.InRange(limit, 1, BlockKitLimits.InputMaxLength); // the forms carry it as max_length
        Assert.True(limit + TextLimits.TemplateRoom <= BlockKitLimits.SectionText, $"{field}: {limit}");
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Check_AtTheLimitFits_OnePastIsTooLongWithItsLength(Field field, int limit)
    {
        Assert.Null(TextLimits.Check(field, TypedText.OfLength(limit)));
        Assert.Equal(new Problem.TooLong(field, limit, limit + 1), TextLimits.Check(field, TypedText.OfLength(limit + 1)));
    }

    [Fact]
    public void Check_CountsAsSent_AmpersandsAndAngleBracketsCountAsTheirEscapes()
    {
        Assert.Null(TextLimits.Check(Field.Reason, new string('&', TextLimits.Reason / 5))); // 500 typed, 2,500 sent
        Assert.Equal(new Problem.TooLong(Field.Reason, TextLimits.Reason, TextLimits.Reason + 5),
            TextLimits.Check(Field.Reason, new string('&', TextLimits.Reason / 5 + 1)));
        Assert.Null(TextLimits.Check(Field.Guidance, null));
    }

    [Fact]
    public void Check_SeveralTexts_ReportsEachThatIsTooLong() =>
        Assert.Equal([Field.Reason, Field.InternalNote], TextLimits.Check(
            (Field.Reason, TypedText.OfLength(TextLimits.Reason + 1)), (Field.Guidance, "Stop now."),
            (Field.InternalNote, TypedText.OfLength(TextLimits.InternalNote + 1))).Select(p => p.Field));

    [Theory]
    [MemberData(nameof(Table))]
    public void Refusal_NamesTheFieldItsLengthAndItsLimit(Field field, int limit)
    {
        var text = TextLimits.FieldError(new Problem.TooLong(field, limit, limit + 1));
        Assert.Matches(@"^The [a-z ]+ is too long: [\d,]+ characters, and the limit is [\d,]+ \(&, < and > count as 5, 4 and 4\)\.$", text);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{limit + 1:N0} characters, and the limit is {limit:N0}"), text, StringComparison.Ordinal);
        Assert.True(text.Length <= 150, "view errors stay short"); // Slack shows a field error in a line or two
    }

    [Fact]
    public void Table_AsDerived() => Assert.Equal(
        new Dictionary<Field, int>
        {
            [Field.Reason] = 2500, [Field.Guidance] = 2500, [Field.InternalNote] = 2500, [Field.UpdateText] = 2500,
            [Field.ResumeMessage] = 2500, [Field.Answer] = 2000, [Field.OpeningText] = 500, [Field.Skills] = 200, [Field.DisplayName] = 80,
        },
        TextLimits.ByField);
}

using System.Text.Json.Serialization;

namespace PauseBot.Slack.Blocks;

/// <summary>
/// A Block Kit layout block, written with its <c>type</c>. Build them with <see cref="Blocks"/>, which checks Slack's
/// limits; constructing the records directly skips those checks. See https://docs.slack.dev/reference/block-kit/blocks.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract record Block
{
    public string? BlockId { get; init; }
}

/// <summary>Large bold plain text, ≤150 characters.</summary>
public sealed record HeaderBlock(PlainText Text) : Block;

/// <summary>Text (≤3000), and/or up to 10 fields (≤2000 each), with an optional accessory element.</summary>
public sealed record SectionBlock : Block
{
    public TextObject? Text { get; init; }
    public IReadOnlyList<TextObject>? Fields { get; init; }
    public BlockElement? Accessory { get; init; }
}

/// <summary>Small grey text, up to 10 elements.</summary>
public sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;

/// <summary>A horizontal rule.</summary>
public sealed record DividerBlock : Block;

/// <summary>Up to 25 interactive elements in a row.</summary>
public sealed record ActionsBlock(IReadOnlyList<BlockElement> Elements) : Block;

/// <summary>A labelled input in a modal; its value arrives in <c>view.state.values[block_id][action_id]</c>.</summary>
public sealed record InputBlock(PlainText Label, BlockElement Element) : Block
{
    public bool? Optional { get; init; }
    public PlainText? Hint { get; init; }
}

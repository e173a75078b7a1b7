using System.Text.Json.Serialization;

namespace PauseBot.Slack.Blocks;

/// <summary>An interactive element inside a block. See https://docs.slack.dev/reference/block-kit/block-elements.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(DateTimePickerElement), "datetimepicker")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
public abstract record BlockElement
{
    public string? ActionId { get; init; }
}

/// <summary>Button style; omit (null) for the default grey button.</summary>
public enum ButtonStyle { Primary, Danger }

/// <summary>A button. See https://docs.slack.dev/reference/block-kit/block-elements/button-element.</summary>
public sealed record ButtonElement : BlockElement
{
    public required PlainText Text { get; init; }
    public string? Value { get; init; }
    public ButtonStyle? Style { get; init; }
    public string? Url { get; init; }
}

/// <summary>A text input. See https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element.</summary>
public sealed record PlainTextInputElement : BlockElement
{
    public bool? Multiline { get; init; }
    public string? InitialValue { get; init; }
    public PlainText? Placeholder { get; init; }
    public int? MaxLength { get; init; }
}

/// <summary>Date and time picker; <see cref="InitialDateTime"/> is Unix seconds. See https://docs.slack.dev/reference/block-kit/block-elements/datetime-picker-element.</summary>
public sealed record DateTimePickerElement : BlockElement
{
    public long? InitialDateTime { get; init; }
}

/// <summary>A single choice from a fixed list. See https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element.</summary>
public sealed record StaticSelectElement : BlockElement
{
    public required IReadOnlyList<SelectOption> Options { get; init; }
    public SelectOption? InitialOption { get; init; }
    public PlainText? Placeholder { get; init; }
}

/// <summary>An option object: visible text and the value sent back.</summary>
public sealed record SelectOption(PlainText Text, string Value);

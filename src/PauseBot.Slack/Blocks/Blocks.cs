using static PauseBot.Slack.Blocks.BlockKitLimits;

namespace PauseBot.Slack.Blocks;

/// <summary>
/// Factory for the blocks PauseBot uses. Every method checks Slack's limits and throws
/// <see cref="BlockKitLimitException"/> rather than letting Slack reject the whole message later.
/// Text for <c>mrkdwn</c> parameters is used as is: escape user-provided parts with <see cref="Mrkdwn.Escape"/>.
/// </summary>
public static class Blocks
{
    public static HeaderBlock Header(string text, string? blockId = null)
    {
        Length(text, HeaderText, "header text", required: true);
        return new HeaderBlock(new PlainText(text, Emoji: true)) { BlockId = CheckId(blockId, "block_id") };
    }

    public static SectionBlock Section(string mrkdwn, BlockElement? accessory = null, string? blockId = null)
    {
        Length(mrkdwn, SectionText, "section text", required: true);
        return new SectionBlock { Text = new MrkdwnText(mrkdwn), Accessory = accessory, BlockId = CheckId(blockId, "block_id") };
    }

    /// <summary>
    /// <paramref name="mrkdwn"/> as consecutive sections, split between lines so each holds at most 3,000 characters (a single
    /// longer line is shortened with "…"); blank runs are dropped. For texts that join several user-written parts.
    /// </summary>
    public static IReadOnlyList<SectionBlock> Sections(string mrkdwn)
    {
        var sections = new List<SectionBlock>();
        var chunk = new System.Text.StringBuilder();
        void Flush()
        {
            if (!string.IsNullOrWhiteSpace(chunk.ToString())) sections.Add(Section(Truncate(chunk.ToString(), SectionText)));
            chunk.Clear();
        }
        foreach (var line in mrkdwn.Split('\n'))
        {
            if (chunk.Length > 0 && chunk.Length + 1 + line.Length > SectionText) Flush();
            if (chunk.Length > 0) chunk.Append('\n');
            chunk.Append(line);
        }
        Flush();
        return sections;
    }

    /// <summary>A section of up to 10 two-column <c>mrkdwn</c> fields.</summary>
    public static SectionBlock Fields(params string[] mrkdwnFields)
    {
        Count(mrkdwnFields.Length, SectionFields, "section fields", min: 1);
        foreach (var field in mrkdwnFields)
            Length(field, SectionFieldText, "section field", required: true);
        return new SectionBlock { Fields = [.. mrkdwnFields.Select(f => (TextObject)new MrkdwnText(f))] };
    }

    public static ContextBlock Context(params string[] mrkdwnElements)
    {
        Count(mrkdwnElements.Length, ContextElements, "context elements", min: 1);
        foreach (var element in mrkdwnElements)
            Length(element, SectionText, "context element", required: true);
        return new ContextBlock([.. mrkdwnElements.Select(e => (TextObject)new MrkdwnText(e))]);
    }

    public static DividerBlock Divider() => new();

    public static ActionsBlock Actions(string blockId, params ButtonElement[] buttons)
    {
        Count(buttons.Length, ActionsElements, "actions elements", min: 1);
        return new ActionsBlock(buttons) { BlockId = CheckId(blockId, "block_id") };
    }

    public static ButtonElement Button(string actionId, string text, string? value = null, ButtonStyle? style = null, string? url = null)
    {
        Length(text, ButtonText, "button text", required: true);
        Length(value, ButtonValue, "button value");
        Length(url, ButtonUrl, "button url");
        return new ButtonElement
        {
            ActionId = CheckId(actionId, "action_id", required: true), Text = new PlainText(text, Emoji: true),
            Value = value, Style = style, Url = url,
        };
    }

    /// <summary>
    /// A plain-text input; <paramref name="maxLength"/> (1–3,000) is the most Slack's client lets a person type into it.
    /// </summary>
    public static InputBlock TextInput(string blockId, string label, string actionId, bool multiline = false,
        bool optional = false, string? initialValue = null, string? placeholder = null, int? maxLength = null)
    {
        Length(initialValue, InputInitialValue, "input initial value");
        Length(placeholder, Placeholder, "input placeholder");
        if (maxLength is < 1 or > InputMaxLength)
            throw new BlockKitLimitException($"Block Kit: input max_length is {maxLength}; it must be 1–{InputMaxLength}.", nameof(maxLength));
        var element = new PlainTextInputElement
        {
            ActionId = CheckId(actionId, "action_id", required: true), Multiline = multiline ? true : null,
            InitialValue = initialValue, Placeholder = placeholder is null ? null : new PlainText(placeholder), MaxLength = maxLength,
        };
        return Input(blockId, label, element, optional);
    }

    public static InputBlock DateTimeInput(string blockId, string label, string actionId, DateTimeOffset? initial = null, bool optional = false) =>
        Input(blockId, label, new DateTimePickerElement
        {
            ActionId = CheckId(actionId, "action_id", required: true), InitialDateTime = initial?.ToUnixTimeSeconds(),
        }, optional);

    public static InputBlock StaticSelect(string blockId, string label, string actionId,
        IReadOnlyList<SelectOption> options, string? initialValue = null, bool optional = false)
    {
        Count(options.Count, SelectOptions, "select options", min: 1);
        foreach (var option in options)
        {
            Length(option.Text.Text, OptionText, "option text", required: true);
            Length(option.Value, OptionValue, "option value", required: true);
        }
        return Input(blockId, label, new StaticSelectElement
        {
            ActionId = CheckId(actionId, "action_id", required: true), Options = options,
            InitialOption = initialValue is null ? null : options.FirstOrDefault(o => o.Value == initialValue),
        }, optional);
    }

    public static SelectOption Option(string text, string value) => new(new PlainText(text), value);

    /// <summary>A modal. <paramref name="submit"/> is required when any block is an input.</summary>
    public static ModalView Modal(string callbackId, string title, IReadOnlyList<Block> blocks, string? submit = null,
        string? close = null, string? privateMetadata = null, string? externalId = null, bool notifyOnClose = false)
    {
        Length(title, ModalTitle, "modal title", required: true);
        Length(submit, ModalButton, "modal submit text");
        Length(close, ModalButton, "modal close text");
        Length(privateMetadata, PrivateMetadata, "private_metadata");
        EnsureView(blocks);
        if (submit is null && blocks.Any(b => b is InputBlock))
            throw new BlockKitLimitException("Block Kit: a modal with input blocks needs submit text.", nameof(submit));
        return new ModalView
        {
            CallbackId = CheckId(callbackId, "callback_id", required: true), Title = new PlainText(title), Blocks = blocks,
            Submit = submit is null ? null : new PlainText(submit), Close = close is null ? null : new PlainText(close),
            PrivateMetadata = privateMetadata, ExternalId = externalId, NotifyOnClose = notifyOnClose ? true : null,
        };
    }

    public static HomeView Home(IReadOnlyList<Block> blocks, string? callbackId = null, string? privateMetadata = null)
    {
        EnsureView(blocks);
        Length(privateMetadata, PrivateMetadata, "private_metadata");
        return new HomeView { Blocks = blocks, CallbackId = CheckId(callbackId, "callback_id"), PrivateMetadata = privateMetadata };
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="maxLength"/> characters, ending in "…" when cut.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength) return text;
        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--; // never split a surrogate pair
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static InputBlock Input(string blockId, string label, BlockElement element, bool optional)
    {
        Length(label, InputLabel, "input label", required: true);
        return new InputBlock(new PlainText(label), element) { BlockId = CheckId(blockId, "block_id", required: true), Optional = optional ? true : null };
    }

    private static string? CheckId(string? id, string what, bool required = false)
    {
        Length(id, Id, what, required);
        return id;
    }
}

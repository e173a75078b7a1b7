namespace PauseBot.Slack.Blocks;

/// <summary>
/// Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks and the element pages) and the checks
/// that enforce them. Every failed check throws <see cref="BlockKitLimitException"/> naming the item and the limit.
/// </summary>
public static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ViewBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int SectionFieldText = 2000;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ButtonUrl = 3000;
    public const int Id = 255;
    public const int ActionsElements = 25;
    public const int ContextElements = 10;
    public const int ModalTitle = 24;
    public const int ModalButton = 24;
    public const int PrivateMetadata = 3000;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;
    public const int InputInitialValue = 3000;
    public const int InputMaxLength = 3000;
    public const int SelectOptions = 100;
    public const int OptionText = 75;
    public const int OptionValue = 150;

    /// <summary>Checks the block count of a message (chat.postMessage, response_url, command ack).</summary>
    public static void EnsureMessage(IReadOnlyCollection<Block>? blocks) => Count(blocks?.Count ?? 0, MessageBlocks, "message blocks");

    /// <summary>Checks the block count of a modal or Home tab.</summary>
    public static void EnsureView(IReadOnlyCollection<Block> blocks) => Count(blocks.Count, ViewBlocks, "view blocks");

    internal static void Length(string? value, int max, string what, bool required = false)
    {
        if (required && string.IsNullOrEmpty(value))
            throw new BlockKitLimitException($"Block Kit: {what} must not be empty.", what);
        if (value is not null && value.Length > max)
            throw new BlockKitLimitException($"Block Kit: {what} is {value.Length} characters; the limit is {max}.", what);
    }

    internal static void Count(int count, int max, string what, int min = 0)
    {
        if (count < min)
            throw new BlockKitLimitException($"Block Kit: {what} needs at least {min} item(s).", what);
        if (count > max)
            throw new BlockKitLimitException($"Block Kit: {what} has {count} items; the limit is {max}.", what);
    }
}

namespace PauseBot.Slack.Inbound;

/// <summary>The raw body, or <see cref="TooLarge"/> when it had more than the allowed bytes (then Body is empty).</summary>
public sealed record BodyReadResult(ReadOnlyMemory<byte> Body, bool TooLarge)
{
    public static BodyReadResult Large { get; } = new(ReadOnlyMemory<byte>.Empty, true);
}

/// <summary>Reads a request body up to a size cap without ever buffering more than cap + 1 bytes.</summary>
public static class SlackBodyReader
{
    /// <summary>Default cap: 1 MiB (Slack payloads are a few kB; views are at most 250 kB).</summary>
    public const int DefaultMaxBytes = 1024 * 1024;

    /// <summary>The most a body's buffer starts with before any byte arrives; it grows (doubling) as bytes do.</summary>
    public const int InitialBufferBytes = 16 * 1024;

    /// <param name="declaredLength">
    /// The request's <c>Content-Length</c>, if any: the buffer starts at that size plus one byte (to see the end), so a
    /// slash command (~600 bytes) costs ~600 bytes, not a 16 kB buffer per request. Only a hint: a body that turns out
    /// longer still grows the buffer up to the cap, one that is shorter is returned as read. The hint never starts the
    /// buffer above <see cref="InitialBufferBytes"/>: the body is read before the signature is checked, so a stranger's
    /// <c>Content-Length: 1048576</c> with a trickled body must not reserve a megabyte per connection.
    /// </param>
    public static async Task<BodyReadResult> ReadAsync(Stream body, int maxBytes, CancellationToken ct, long? declaredLength = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var limit = maxBytes + 1;
        var initial = Math.Min(limit, InitialBufferBytes);
        var buffer = new byte[declaredLength is { } declared && declared >= 0 && declared < initial ? (int)declared + 1 : initial];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length == limit) break;
                Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
            }
            var read = await body.ReadAsync(buffer.AsMemory(length), ct);
            if (read == 0) break;
            length += read;
        }
        return length > maxBytes ? BodyReadResult.Large : new BodyReadResult(buffer.AsMemory(0, length), false);
    }
}

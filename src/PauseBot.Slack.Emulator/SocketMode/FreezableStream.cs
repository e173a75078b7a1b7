namespace PauseBot.Slack.Emulator;

/// <summary>
/// The upgraded connection's stream with a brake on reading: while frozen, bytes that arrive are held back, so the
/// WebSocket on top answers no pings and sees no acks. After <see cref="Cut"/> every read fails, as on a dead network.
/// </summary>
internal sealed class FreezableStream(Stream inner) : Stream
{
    private volatile TaskCompletionSource? _frozen;
    private volatile bool _cut;

    public void Freeze() => _frozen ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Thaw() => Interlocked.Exchange(ref _frozen, null)?.TrySetResult();

    public bool IsFrozen => _frozen is not null;

    /// <summary>Held and future reads fail.</summary>
    public void Cut()
    {
        _cut = true;
        Thaw();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (_frozen is { } frozen) await frozen.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _cut ? throw new IOException("The connection was dropped.") : read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _cut ? throw new IOException("The connection was dropped.") : inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();
    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

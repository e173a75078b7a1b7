namespace PauseBot.Slack.Emulator;

/// <summary>
/// The upgraded connection's stream with a brake on reading: while frozen, bytes that arrive are held back, so the
/// WebSocket on top answers no pings and sees no acks. After <see cref="Cut"/> every read fails, as on a dead network.
/// </summary>
internal sealed class FreezableStream(Stream inner, Action abortConnection) : Stream
{
    private readonly CancellationTokenSource _cutSource = new();
    private volatile TaskCompletionSource? _frozen;
    private volatile bool _cut;

    public void Freeze() => _frozen ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Thaw() => Interlocked.Exchange(ref _frozen, null)?.TrySetResult();

    public bool IsFrozen => _frozen is not null;

    /// <summary>Pending, held and future reads fail and the TCP connection is aborted.</summary>
    public void Cut()
    {
        _cut = true;
        Thaw();
        try
        {
            _cutSource.Cancel();
            abortConnection();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended: nothing left to cut.
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _cutSource.Token);
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
            if (_frozen is { } frozen) await frozen.Task.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_cut)
        {
            throw new IOException("The connection was dropped.");
        }
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
        if (disposing)
        {
            inner.Dispose();
            _cutSource.Dispose();
        }
        base.Dispose(disposing);
    }
}

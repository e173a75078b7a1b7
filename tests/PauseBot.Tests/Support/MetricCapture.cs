using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace PauseBot.Tests.Support;

/// <summary>
/// Records every measurement of one host's meters (those created by its <see cref="IMeterFactory"/>, so bots in
/// parallel tests don't mix), with their tags.
/// </summary>
public sealed class MetricCapture : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Name, double Value, Dictionary<string, string?> Tags)> measurements = new();

    public MetricCapture(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        listener.Start();
    }

    /// <summary>Sum of the measurements of <paramref name="name"/> whose tags include every pair in <paramref name="tags"/>.</summary>
    public double Sum(string name, params (string Key, string Value)[] tags) =>
        measurements.Where(m => m.Name == name && tags.All(t => m.Tags.GetValueOrDefault(t.Key) == t.Value)).Sum(m => m.Value);

    /// <summary>Reads the observable gauges now and returns the latest value of <paramref name="name"/>.</summary>
    public double? Observe(string name)
    {
        listener.RecordObservableInstruments();
        return measurements.LastOrDefault(m => m.Name == name) is { Name: not null } m ? m.Value : null;
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, string?>();
        foreach (var tag in tags) map[tag.Key] = tag.Value?.ToString();
        measurements.Enqueue((instrument.Name, value, map));
    }

    public void Dispose() => listener.Dispose();
}

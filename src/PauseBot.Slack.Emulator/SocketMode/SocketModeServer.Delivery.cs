using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

public sealed partial class SocketModeServer
{
    private readonly Dictionary<string, SentEnvelope> _envelopes = new(StringComparer.Ordinal);
    private readonly List<SocketModeAck> _acks = [];
    private readonly List<SocketModeDelivery> _deliveries = [];
    private readonly List<string> _lostAtClose = [];
    private readonly List<string> _expired = [];
    private int _roundRobin;

    /// <summary>When Slack retries an event whose ack was late: "nearly immediately", after 1 minute, after 5 minutes.</summary>
    public static IReadOnlyList<TimeSpan> EventRetryDelays { get; } = [TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];

    /// <summary>
    /// How long Slack waits for an envelope's ack, on the emulator's clock (default 3 s, see
    /// <see cref="SlackEmulatorOptions.Deadline"/>). A later ack counts as lost (recorded
    /// with <see cref="SocketModeAck.Late"/>): an event is redelivered (<see cref="EventRetryDelays"/>, retry_attempt + 1,
    /// reason <c>timeout</c>); a command or interaction is given up (<see cref="Expired"/>: the person saw <c>operation_timeout</c>).
    /// </summary>
    public TimeSpan AckDeadline { get; set; } = SlackEmulatorOptions.SlackDeadline;

    private sealed class SentEnvelope(string id, string type, JsonObject payload, bool acceptsResponsePayload)
    {
        public string Id => id;
        public string Type => type;
        public JsonObject Payload => payload;
        public bool AcceptsResponsePayload => acceptsResponsePayload;
        public int Attempts { get; set; }
        public int? ConnectionId { get; set; }
        public bool Acked { get; set; }
        public DateTimeOffset DeadlineAt { get; set; }
        public int MissedDeadlines { get; set; }
        public bool GivenUp { get; set; }
        public ITimer? Deadline { get; set; }
    }

    /// <summary>
    /// Envelopes Slack gave up on because no ack came within <see cref="AckDeadline"/>: commands and interactions at once,
    /// events after their three retries were late too.
    /// </summary>
    public IReadOnlyList<string> Expired
    {
        get { lock (_gate) return [.. _expired]; }
    }

    /// <summary>Every ack received, in order (a redelivered envelope may be acked more than once; late ones are marked).</summary>
    public IReadOnlyList<SocketModeAck> Acks
    {
        get { lock (_gate) return [.. _acks]; }
    }

    /// <summary>Every delivery (first and repeated), in order.</summary>
    public IReadOnlyList<SocketModeDelivery> Deliveries
    {
        get { lock (_gate) return [.. _deliveries]; }
    }

    /// <summary>Envelope ids delivered but not acked in time yet.</summary>
    public IReadOnlyList<string> Unacked
    {
        get { lock (_gate) return [.. _envelopes.Values.Where(e => !e.Acked).Select(e => e.Id)]; }
    }

    /// <summary>Non-event envelopes whose connection closed before they were acked (Slack does not retry these: they are lost).</summary>
    public IReadOnlyList<string> LostAtClose
    {
        get { lock (_gate) return [.. _lostAtClose]; }
    }

    /// <summary>
    /// Delivers a new envelope of <paramref name="type"/> (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) on
    /// an open connection (round robin; waits up to <paramref name="timeout"/>, default 10 s, for one) and returns its id.
    /// <paramref name="connectionId"/> forces one connection, even a frozen or disconnecting one, as long as its socket is open.
    /// </summary>
    public async Task<string> SendAsync(string type, JsonObject payload, bool acceptsResponsePayload, TimeSpan? timeout = null,
        CancellationToken cancellationToken = default, int? connectionId = null)
    {
        var envelope = new SentEnvelope(Guid.NewGuid().ToString(), type, (JsonObject)payload.DeepClone(), acceptsResponsePayload);
        lock (_gate) _envelopes[envelope.Id] = envelope;
        if (connectionId is { } forced)
        {
            var connection = Find(forced);
            if (!await SendFrameAsync(envelope, connection, null, cancellationToken).ConfigureAwait(false))
                throw new InvalidOperationException($"Socket Mode connection {forced} is not open.");
        }
        else
            await DeliverAsync(envelope, null, timeout, cancellationToken).ConfigureAwait(false);
        return envelope.Id;
    }

    /// <summary><see cref="SendAsync"/> then <see cref="WaitForAckAsync"/>.</summary>
    public async Task<SocketModeAck> SendAndWaitForAckAsync(string type, JsonObject payload, bool acceptsResponsePayload,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var id = await SendAsync(type, payload, acceptsResponsePayload, timeout, cancellationToken).ConfigureAwait(false);
        return await WaitForAckAsync(id, timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The first in-time ack of <paramref name="envelopeId"/>, waiting up to <paramref name="timeout"/> (default 10 s).
    /// Throws <see cref="TimeoutException"/> at once when Slack gave up on the envelope (no ack within <see cref="AckDeadline"/>).
    /// </summary>
    public Task<SocketModeAck> WaitForAckAsync(string envelopeId, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(() => _acks.FirstOrDefault(a => a.EnvelopeId == envelopeId && !a.Late)
            ?? (_envelopes.TryGetValue(envelopeId, out var e) && e.GivenUp
                ? throw new TimeoutException($"Envelope {envelopeId} ({e.Type}) was not acked within {AckDeadline.TotalSeconds:0.###} s "
                    + $"({e.Attempts} deliveries): Slack gave up on it.")
                : null),
            $"the ack of envelope {envelopeId}", timeout, cancellationToken);

    /// <summary>Delivers <paramref name="envelopeId"/> again, acked or not (as Slack does when an ack was lost): retry_attempt + 1.</summary>
    public Task RedeliverAsync(string envelopeId, string retryReason = "timeout", CancellationToken cancellationToken = default)
    {
        SentEnvelope envelope;
        lock (_gate)
            envelope = _envelopes.GetValueOrDefault(envelopeId) ?? throw new ArgumentException($"Unknown envelope {envelopeId}.", nameof(envelopeId));
        return DeliverAsync(envelope, retryReason, null, cancellationToken);
    }

    /// <summary>Delivers every envelope not acked yet again.</summary>
    public Task RedeliverUnackedAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(Unacked.Select(id => RedeliverAsync(id, "timeout", cancellationToken)));

    /// <summary>Delivers <paramref name="envelope"/>; with <paramref name="onlyAfter"/>, only if no other delivery or in-time ack happened since that many attempts.</summary>
    private async Task DeliverAsync(SentEnvelope envelope, string? retryReason, TimeSpan? timeout, CancellationToken ct, int? onlyAfter = null)
    {
        while (true)
        {
            var connection = await WaitUntilAsync(PickConnection, "an open Socket Mode connection", timeout, ct).ConfigureAwait(false);
            lock (_gate)
                if (onlyAfter is { } attempts && (envelope.Acked || envelope.Attempts != attempts)) return;
            if (await SendFrameAsync(envelope, connection, retryReason, ct).ConfigureAwait(false)) return;
            connection.Retiring = true; // the socket is going away; try another one
        }
    }

    /// <summary>
    /// No in-time ack for the delivery that made <paramref name="attempts"/> attempts: retry the event, or give up. The retry's
    /// delay is a timer armed here, on the emulator's clock, before this returns (so a fake clock advanced next fires it).
    /// </summary>
    private void OnDeadline(SentEnvelope envelope, int attempts)
    {
        lock (_gate)
        {
            if (envelope.Acked || envelope.GivenUp || envelope.Attempts != attempts) return;
            envelope.MissedDeadlines++;
            if (envelope.Type != "events_api" || envelope.MissedDeadlines > EventRetryDelays.Count)
            {
                envelope.GivenUp = true;
                _expired.Add(envelope.Id);
            }
            else
            {
                var delay = EventRetryDelays[envelope.MissedDeadlines - 1];
                envelope.Deadline?.Dispose();
                envelope.Deadline = delay > TimeSpan.Zero
                    ? time.CreateTimer(_ => Retry(envelope, attempts), null, delay, Timeout.InfiniteTimeSpan)
                    : null;
                if (delay == TimeSpan.Zero) Retry(envelope, attempts);
            }
        }
        Changed();
    }

    /// <summary>Redelivers an event whose ack was late (unless another delivery or an in-time ack came meanwhile).</summary>
    private void Retry(SentEnvelope envelope, int attempts) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await DeliverAsync(envelope, "timeout", TimeSpan.FromSeconds(60), CancellationToken.None, onlyAfter: attempts).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                lock (_gate) _lostAtClose.Add(envelope.Id);
            }
        });

    private async Task<bool> SendFrameAsync(SentEnvelope envelope, EmulatedSocketConnection connection, string? retryReason, CancellationToken ct)
    {
        string json;
        lock (_gate)
        {
            json = Frame(envelope, envelope.Attempts, retryReason ?? "").ToJsonString();
            envelope.ConnectionId = connection.Id;
        }
        if (!await connection.TrySendAsync(json, ct).ConfigureAwait(false)) return false;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _deliveries.Add(new SocketModeDelivery(envelope.Id, envelope.Type, connection.Id, envelope.Attempts, now));
            var attempts = ++envelope.Attempts;
            envelope.DeadlineAt = now + AckDeadline;
            envelope.Deadline?.Dispose();
            envelope.Deadline = time.CreateTimer(_ => OnDeadline(envelope, attempts), null, AckDeadline, Timeout.InfiniteTimeSpan);
        }
        Changed();
        return true;
    }

    private EmulatedSocketConnection? PickConnection()
    {
        var usable = _connections.Where(c => c.CanDeliver).ToList();
        return usable.Count == 0 ? null : usable[_roundRobin++ % usable.Count];
    }

    private static JsonObject Frame(SentEnvelope envelope, int attempt, string retryReason)
    {
        var frame = new JsonObject
        {
            ["envelope_id"] = envelope.Id, ["payload"] = envelope.Payload.DeepClone(), ["type"] = envelope.Type,
            ["accepts_response_payload"] = envelope.AcceptsResponsePayload,
        };
        if (envelope.Type == "events_api")
        {
            frame["retry_attempt"] = attempt;
            frame["retry_reason"] = attempt == 0 ? "" : retryReason;
        }
        return frame;
    }

    private void RecordAck(EmulatedSocketConnection connection, JsonObject message)
    {
        if (message["envelope_id"]?.GetValue<string>() is not { } id) return;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var envelope = _envelopes.GetValueOrDefault(id);
            var late = envelope is not null && (envelope.GivenUp || now > envelope.DeadlineAt);
            _acks.Add(new SocketModeAck(id, connection.Id, message["payload"] as JsonObject, now) { Late = late });
            if (envelope is not null && !late)
            {
                envelope.Acked = true;
                envelope.Deadline?.Dispose();
            }
        }
        Changed();
    }

    /// <summary>A connection ended: redeliver its unacked events elsewhere; record its unacked commands/interactions as lost.</summary>
    private void RedeliverAfterClose(int connectionId)
    {
        List<(SentEnvelope Envelope, int Attempts)> pending;
        lock (_gate)
        {
            pending = [.. _envelopes.Values.Where(e => !e.Acked && !e.GivenUp && e.ConnectionId == connectionId).Select(e => (e, e.Attempts))];
            _lostAtClose.AddRange(pending.Where(p => p.Envelope.Type != "events_api").Select(p => p.Envelope.Id));
        }
        foreach (var (envelope, attempts) in pending.Where(p => p.Envelope.Type == "events_api"))
            _ = Task.Run(async () =>
            {
                try
                {
                    await DeliverAsync(envelope, "connection_closed", TimeSpan.FromSeconds(60), CancellationToken.None, attempts).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    lock (_gate) _lostAtClose.Add(envelope.Id);
                }
            });
    }
}

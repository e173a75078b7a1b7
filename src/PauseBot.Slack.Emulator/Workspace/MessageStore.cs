using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// All messages of the emulated workspace, per conversation, with unique increasing <c>ts</c> values taken from the
/// <see cref="TimeProvider"/>. Updates replace a message in place (same ts, <see cref="SlackMessage.EditCount"/> + 1). Thread-safe.
/// </summary>
public sealed class MessageStore
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly List<SlackMessage> _messages = [];
    private readonly List<EphemeralMessage> _ephemeral = [];
    private readonly List<ScheduledMessage> _scheduled = [];
    private long _lastMicros;
    private int _scheduledSeq;

    private readonly string _botUserId;
    private readonly string _botId;

    internal MessageStore(TimeProvider time, string botUserId, string botId)
    {
        _time = time;
        _botUserId = botUserId;
        _botId = botId;
    }

    /// <summary>Every non-deleted message, all conversations, in posting order.</summary>
    public IReadOnlyList<SlackMessage> All
    {
        get { lock (_gate) { PromoteDue(); return [.. _messages.Where(m => !m.IsDeleted)]; } }
    }

    /// <summary>Non-deleted messages of one conversation (thread replies included), in posting order.</summary>
    public IReadOnlyList<SlackMessage> In(string channelId)
    {
        lock (_gate) { PromoteDue(); return [.. _messages.Where(m => m.Channel == channelId && !m.IsDeleted)]; }
    }

    /// <summary>Replies in the thread rooted at <paramref name="threadTs"/> (parent excluded).</summary>
    public IReadOnlyList<SlackMessage> Replies(string channelId, string threadTs)
    {
        lock (_gate) return [.. _messages.Where(m => m.Channel == channelId && m.ThreadTs == threadTs && m.Ts != threadTs && !m.IsDeleted)];
    }

    /// <summary>The current version of a message, or null (deleted messages included, see <see cref="SlackMessage.IsDeleted"/>).</summary>
    public SlackMessage? Find(string channelId, string ts)
    {
        lock (_gate) { PromoteDue(); return _messages.FirstOrDefault(m => m.Channel == channelId && m.Ts == ts); }
    }

    /// <summary>Ephemeral messages shown to users, in order.</summary>
    public IReadOnlyList<EphemeralMessage> Ephemeral
    {
        get { lock (_gate) return [.. _ephemeral]; }
    }

    /// <summary>Scheduled messages not yet due.</summary>
    public IReadOnlyList<ScheduledMessage> Scheduled
    {
        get { lock (_gate) { PromoteDue(); return [.. _scheduled]; } }
    }

    /// <summary>Stores a new message and returns it with its fresh ts.</summary>
    public SlackMessage Add(string channelId, string? text, JsonArray? blocks, string? threadTs, string? userId, string? botId,
        JsonObject? metadata = null, JsonArray? attachments = null)
    {
        lock (_gate)
        {
            var message = new SlackMessage(channelId, NextTs(), text, blocks, threadTs, userId, botId, Metadata: metadata, Attachments: attachments);
            _messages.Add(message);
            return message;
        }
    }

    /// <summary>Replaces text/blocks of a message (null = keep). Returns the new version, or null if not found.</summary>
    public SlackMessage? Update(string channelId, string ts, string? text, JsonArray? blocks, JsonArray? attachments = null)
    {
        lock (_gate)
        {
            var i = _messages.FindIndex(m => m.Channel == channelId && m.Ts == ts && !m.IsDeleted);
            if (i < 0) return null;
            var old = _messages[i];
            var updated = old with
            {
                Text = text ?? old.Text, Blocks = blocks ?? old.Blocks, Attachments = attachments ?? old.Attachments,
                EditCount = old.EditCount + 1, EditedTs = NextTs(),
            };
            _messages[i] = updated;
            return updated;
        }
    }

    /// <summary>Marks a message deleted. Returns false if not found.</summary>
    public bool Delete(string channelId, string ts)
    {
        lock (_gate)
        {
            var i = _messages.FindIndex(m => m.Channel == channelId && m.Ts == ts && !m.IsDeleted);
            if (i < 0) return false;
            _messages[i] = _messages[i] with { IsDeleted = true };
            return true;
        }
    }

    /// <summary>Stores an ephemeral message shown only to <paramref name="userId"/> in <paramref name="channelId"/> (e.g. a slash command's reply).</summary>
    public EphemeralMessage AddEphemeral(string channelId, string userId, string? text, JsonArray? blocks, string? threadTs)
    {
        lock (_gate)
        {
            var message = new EphemeralMessage(channelId, userId, NextTs(), text, blocks, threadTs);
            _ephemeral.Add(message);
            return message;
        }
    }

    internal ScheduledMessage AddScheduled(string channelId, DateTimeOffset postAt, string? text, JsonArray? blocks, string? threadTs)
    {
        lock (_gate)
        {
            var message = new ScheduledMessage($"Q{++_scheduledSeq:D9}", channelId, postAt, text, blocks, threadTs);
            _scheduled.Add(message);
            return message;
        }
    }

    /// <summary>Removes everything (messages, ephemeral and scheduled).</summary>
    public void Clear()
    {
        lock (_gate) { _messages.Clear(); _ephemeral.Clear(); _scheduled.Clear(); }
    }

    private void PromoteDue()
    {
        var now = _time.GetUtcNow();
        foreach (var s in _scheduled.Where(s => s.PostAt <= now).OrderBy(s => s.PostAt).ToList())
        {
            _scheduled.Remove(s);
            _messages.Add(new SlackMessage(s.Channel, NextTs(), s.Text, s.Blocks, s.ThreadTs, _botUserId, _botId));
        }
    }

    private string NextTs()
    {
        var now = (_time.GetUtcNow().UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        _lastMicros = now > _lastMicros ? now : _lastMicros + 1;
        return SlackTs.FormatMicros(_lastMicros);
    }
}

using System.Collections.Concurrent;
using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// Which modal each person has open. Slack ties a modal to the person whose click or command produced the trigger id,
/// so the sandbox remembers who each trigger id was issued for and watches <c>views.open</c> answers.
/// </summary>
public sealed class SandboxModals
{
    private const int RememberedTriggers = 256;
    private readonly ConcurrentDictionary<string, string> _triggerOwners = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _issued = new();
    private readonly ConcurrentDictionary<string, OpenModal> _open = new(StringComparer.Ordinal);

    /// <summary>Issues a trigger id on behalf of <paramref name="userId"/>.</summary>
    public string IssueTrigger(EmulatorState state, string userId)
    {
        var trigger = state.IssueTriggerId();
        _triggerOwners[trigger] = userId;
        _issued.Enqueue(trigger);
        // Trigger ids live 3 s; only the most recent few can still open a modal.
        while (_issued.Count > RememberedTriggers && _issued.TryDequeue(out var old)) _triggerOwners.TryRemove(old, out _);
        return trigger;
    }

    /// <summary>Called for every emulator call: a successful <c>views.open</c> opens the modal for the trigger's owner.</summary>
    public bool Observe(RecordedCall call)
    {
        if (call is not { Method: "views.open", Ok: true } || call.Arg("trigger_id") is not { } trigger
            || !_triggerOwners.TryRemove(trigger, out var userId)
            || call.Response?["view"]?["id"]?.GetValue<string>() is not { } viewId) return false;
        _open[userId] = new OpenModal(viewId, new Dictionary<string, string>());
        return true;
    }

    /// <summary>The modal <paramref name="userId"/> has open, or null.</summary>
    public OpenModal? For(string userId) => _open.GetValueOrDefault(userId);

    /// <summary>Shows validation errors (block id → message) on the open modal.</summary>
    public void SetErrors(string userId, IReadOnlyDictionary<string, string> errors)
    {
        if (_open.TryGetValue(userId, out var modal)) _open[userId] = modal with { Errors = errors };
    }

    public void Close(string userId) => _open.TryRemove(userId, out _);

    public void Clear()
    {
        _open.Clear();
        _triggerOwners.Clear();
    }
}

/// <summary>An open modal: the emulator's view id and the errors shown under its inputs.</summary>
public sealed record OpenModal(string ViewId, IReadOnlyDictionary<string, string> Errors);

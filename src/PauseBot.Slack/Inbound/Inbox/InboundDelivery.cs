using System.Security.Cryptography;
using System.Text;

namespace PauseBot.Slack.Inbound;

/// <summary>What an inbox row holds; the kind decides how <see cref="InboundDeliveryRunner"/> handles it.</summary>
public enum InboundKind
{
    /// <summary>An Events API <c>event_callback</c> (the whole envelope).</summary>
    Event,

    /// <summary>One action of a <c>block_actions</c> payload (a button click), named by <see cref="InboundDelivery.Label"/>.</summary>
    BlockAction,

    /// <summary>A <c>view_submission</c> (a modal submitted).</summary>
    ViewSubmission,
}

/// <summary>
/// A delivery from Slack whose work runs after the ack, as it is written to the inbox before the ack: its kind, its
/// identity (<see cref="Key"/>: a Slack retry or a redelivered envelope has the same one), a label for logs and lists
/// (the event type, <c>action_id</c> or <c>callback_id</c>) and the payload JSON as Slack sent it.
/// </summary>
public sealed record InboundDelivery(InboundKind Kind, string Key, string Label, string Payload)
{
    /// <summary>Longest <see cref="Key"/>; longer identities are shortened with a hash of the whole.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>Longest <see cref="Label"/> (Slack's own limit for action and callback ids).</summary>
    public const int MaxLabelLength = 255;

    /// <summary>An event, keyed by its <c>event_id</c> (unique across Slack, the same on every retry).</summary>
    public static InboundDelivery Event(EventCallback envelope, string json) =>
        new(InboundKind.Event, Identity("event:" + envelope.EventId), Clip(envelope.Event.Type), json);

    /// <summary>
    /// A button click, keyed by who clicked what when (<c>user</c>, <c>action_id</c>, <c>action_ts</c>; the trigger id when
    /// there is no <c>action_ts</c>): a double click is two clicks, a redelivered envelope is one.
    /// </summary>
    public static InboundDelivery BlockAction(BlockActionsPayload payload, BlockAction action, string json) =>
        new(InboundKind.BlockAction,
            Identity($"action:{payload.User.Id}:{action.ActionTs ?? payload.TriggerId ?? Guid.NewGuid().ToString("N")}:{action.ActionId}"),
            Clip(action.ActionId), json);

    /// <summary>A modal submission, keyed by the view's id: a modal is submitted once (see <see cref="ISlackInbox.ForgetAsync"/>).</summary>
    public static InboundDelivery ViewSubmission(ViewSubmissionPayload payload, string json) =>
        new(InboundKind.ViewSubmission, Identity("view:" + payload.View.Id), Clip(payload.View.CallbackId ?? ""), json);

    private static string Clip(string label) => label.Length <= MaxLabelLength ? label : label[..MaxLabelLength];

    private static string Identity(string key)
    {
        if (key.Length <= MaxKeyLength) return key;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return key[..(MaxKeyLength - hash.Length - 1)] + "#" + hash;
    }
}

/// <summary>
/// A delivery as stored in the inbox: its row <see cref="Id"/>, the attempts made so far, and the <see cref="Claim"/> this
/// process holds on it (a lease; only the holder of the current claim may mark the row handled).
/// </summary>
public sealed record StoredDelivery(long Id, InboundDelivery Delivery, string Claim, int Attempts);

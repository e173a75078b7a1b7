namespace PauseBot.Outbox;

/// <summary>A delivery no retry can fix (e.g. its webhook receiver was disabled or removed); the row is given up.</summary>
public sealed class PermanentDeliveryException(string error) : Exception(error)
{
    public string Error { get; } = error;
}

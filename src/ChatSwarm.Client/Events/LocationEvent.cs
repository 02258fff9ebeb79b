namespace ChatSwarm.Client.Events;

/// <summary><c>chat_session_location</c>: A geographic location message.</summary>
public sealed record LocationEvent : ChatEvent
{
    /// <summary>The wire name, <c>chat_session_location</c>.</summary>
    public const string WireName = "chat_session_location";

    /// <inheritdoc />
    public override string EventName => WireName;

    /// <summary>Message id.</summary>
    public string? MsgId { get; init; }

    /// <summary>Map URL (optional).</summary>
    public string? Url { get; init; }

    /// <summary>Latitude in degrees.</summary>
    public double Latitude { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public double Longitude { get; init; }
}

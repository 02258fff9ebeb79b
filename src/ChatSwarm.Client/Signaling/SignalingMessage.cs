namespace ChatSwarm.Client.Signaling;

/// <summary>A WebRTC signaling message carried in the <c>data</c> of <c>chat_session_signaling</c>, discriminated by <c>type</c>.</summary>
public abstract record SignalingMessage
{
    /// <summary>The <c>type</c> on the wire, e.g. <c>REQUEST_CALL</c>.</summary>
    public abstract string Type { get; }
}

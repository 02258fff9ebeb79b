namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>Get Version response: <c>{"server_version": "5.5.6.12345 (Stable)"}</c>.</summary>
internal sealed class ServerVersionBody
{
    public string? ServerVersion { get; set; }
}

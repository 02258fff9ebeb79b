namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>Get ICE Servers response: <c>{"servers": [{"url", "username", "credential"}]}</c>.</summary>
internal sealed class IceServersBody
{
    public List<Server>? Servers { get; set; }

    /// <summary>One configured server.</summary>
    internal sealed class Server
    {
        public string? Url { get; set; }
        public string? Username { get; set; }
        public string? Credential { get; set; }
    }
}

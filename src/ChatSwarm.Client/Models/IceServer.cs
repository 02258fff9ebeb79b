namespace ChatSwarm.Client.Models;

/// <summary>One configured ICE server.</summary>
/// <param name="Url">The server URL.</param>
/// <param name="Username">Optional user name.</param>
/// <param name="Credential">Optional password.</param>
public sealed record IceServer(string Url, string? Username, string? Credential);

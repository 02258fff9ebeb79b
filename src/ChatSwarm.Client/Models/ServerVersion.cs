namespace ChatSwarm.Client.Models;

/// <summary>Get Version: the contact center's software version, e.g. <c>5.5.6.12345 (Stable)</c>.</summary>
/// <param name="Version">The <c>server_version</c> value.</param>
public sealed record ServerVersion(string Version);

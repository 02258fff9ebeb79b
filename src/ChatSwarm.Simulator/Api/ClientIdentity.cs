namespace ChatSwarm.Simulator.Api;

/// <summary>The authenticated caller: scenario entry and client application instance.</summary>
/// <param name="AppId">The appId.</param>
/// <param name="ClientId">The clientId (for WebChat, the cookie-issued id).</param>
internal readonly record struct ClientIdentity(string AppId, string ClientId)
{
    public string Key => Sessions.SimulatorEngine.ClientKey(AppId, ClientId);
}

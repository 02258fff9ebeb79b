using System.Net;
using System.Net.Sockets;

namespace ChatSwarm.Monitoring.Tests.Support;

/// <summary>A currently free TCP port on 127.0.0.1 (for a child process that cannot be told to pick one itself).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

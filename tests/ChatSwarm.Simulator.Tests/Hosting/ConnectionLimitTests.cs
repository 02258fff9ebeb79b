using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatSwarm.Simulator.Tests.Hosting;

/// <summary>Past its connection limit the simulator refuses new connections and keeps serving; it never takes the process's signals.</summary>
public sealed class ConnectionLimitTests
{
    [Fact]
    public async Task Connections_BeyondMaxConnections_RefusedWhileServingContinues()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { MaxConnections = 2 });
        var endpoint = new IPEndPoint(IPAddress.Loopback, host.BaseAddress.Port);
        using var first = new TcpClient();
        using var second = new TcpClient();
        await first.ConnectAsync(endpoint);
        await second.ConnectAsync(endpoint);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("simulator/stats", UriKind.Relative)));

        first.Dispose();
        second.Dispose();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("simulator/stats", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(20))
            {
                // Kestrel frees the slots once it sees the closed sockets.
                await Task.Delay(50);
            }
        }
    }

    [Fact]
    public void Validate_MaxConnectionsBelowOne_NamesTheSetting()
    {
        Assert.StartsWith("MaxConnections", Assert.Single(new SimulatorOptions { MaxConnections = 0 }.FindProblems()), StringComparison.Ordinal);
    }
}

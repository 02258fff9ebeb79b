using System.Net;
using System.Net.Sockets;

namespace ChatSwarm.Cli.Tests.Commands;

/// <summary><c>chatswarm run</c> with the live exports against the embedded simulator.</summary>
public sealed class RunLiveExportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chatswarm-cli-live-").FullName;

    [Fact]
    public async Task Run_MetricsListenAndWeb_PrintsBothAddressesAndWritesTheReport()
    {
        var (exit, output, error) = await CliHarness.InvokeAsync(
            _directory, "run", "--duration", "2s", "--sessions", "2", "--seed", "1", "--metrics-listen", "127.0.0.1:0", "--web", "127.0.0.1:0");

        Assert.True(exit == 0, error + output);
        Assert.Matches(@"Dashboard: http://127\.0\.0\.1:\d+/", output);
        Assert.Matches(@"Prometheus metrics: http://127\.0\.0\.1:\d+/metrics", output);
        Assert.Contains("Report: ", output, StringComparison.Ordinal);
        Assert.Matches(@"Sessions: \d+ started, \d+ completed, \d+ ended by the run, \d+ lost, \d+ abandoned, \d+ failed, ", output);
    }

    [Fact]
    public async Task Run_WebPortInUse_OneLineErrorAndExitCode2()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var (exit, _, error) = await CliHarness.InvokeAsync(_directory, "run", "--duration", "2s", "--sessions", "1", "--web", $"127.0.0.1:{port}");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"chatswarm run: live export: cannot listen on 127.0.0.1:{port}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadWebAddress_OneLineErrorAndExitCode2()
    {
        var (exit, output, error) = await CliHarness.InvokeAsync(_directory, "run", "--web", "somewhere");

        Assert.Equal(2, exit);
        Assert.Equal("chatswarm run: --web: expected HOST:PORT such as 127.0.0.1:9464, got 'somewhere'", error.TrimEnd());
        Assert.Equal("", output);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

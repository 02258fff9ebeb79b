using ChatSwarm.Cli.Cluster;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Simulator;

namespace ChatSwarm.Cli.Tests.Cluster;

public sealed class ClusterArgumentParserTests
{
    [Fact]
    public void TryParseRun_NoWorkers_OneProcessRun()
    {
        Assert.True(ClusterArgumentParser.TryParseRun(ClusterRunArguments.None, out var request, out var error), error);
        Assert.Null(request);
    }

    [Fact]
    public void TryParseRun_WorkersListenAndTimeout_Coordinator()
    {
        Assert.True(ClusterArgumentParser.TryParseRun(new ClusterRunArguments(3, new ClusterEndpoint("10.0.0.5", 4053), TimeSpan.FromMinutes(2)), out var request, out var error), error);
        Assert.Equal(3, request!.Workers);
        Assert.Equal("10.0.0.5:4053", request.Listen.ToString());
        Assert.Equal(TimeSpan.FromMinutes(2), request.JoinTimeout);
    }

    [Fact]
    public void TryParseRun_NoJoinTimeout_SixtySeconds()
    {
        Assert.True(ClusterArgumentParser.TryParseRun(new ClusterRunArguments(1, new ClusterEndpoint("127.0.0.1", 0), null), out var request, out _));
        Assert.Equal(TimeSpan.FromSeconds(60), request!.JoinTimeout);
    }

    [Theory]
    [InlineData(2, null, null, "--listen: required with --workers")]
    [InlineData(2, "0.0.0.0", null, "--listen: '0.0.0.0:4053' is every interface")]
    [InlineData(null, "127.0.0.1", null, "--listen: only with --workers N")]
    [InlineData(null, null, 60, "--join-timeout: only with --workers N")]
    public void TryParseRun_BadCombination_OneLineNamingTheOption(int? workers, string? listenHost, int? timeoutSeconds, string expected)
    {
        var args = new ClusterRunArguments(workers, listenHost is null ? null : new ClusterEndpoint(listenHost, 4053), timeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : null);

        Assert.False(ClusterArgumentParser.TryParseRun(args, out _, out var error));
        Assert.StartsWith(expected, error);
        Assert.DoesNotContain('\n', error!);
    }

    [Fact]
    public void TryParseWorker_JoinFromTheEnvironment_UsedWhenNoOption()
    {
        var args = new WorkerArguments(null);

        Assert.True(ClusterArgumentParser.TryParseWorker(args, name => name == "CHATSWARM_JOIN" ? "coordinator.chatswarm:4053" : null, out var request, out var error), error);
        Assert.Equal("coordinator.chatswarm:4053", request!.Join.ToString());
        Assert.Null(request.Listen);
        Assert.Equal("reports", request.OutRoot);
    }

    [Fact]
    public void TryParseWorker_OptionsGiven_OptionWinsOverTheEnvironment()
    {
        var args = new WorkerArguments(new ClusterEndpoint("10.0.0.5", 4053), new ClusterEndpoint("10.0.0.6", 0), new Uri("http://127.0.0.1:8081/"), new DirectoryInfo("/tmp/out"));

        Assert.True(ClusterArgumentParser.TryParseWorker(args, _ => "ignored:1", out var request, out var error), error);
        Assert.Equal("10.0.0.5:4053", request!.Join.ToString());
        Assert.Equal("10.0.0.6:0", request.Listen!.ToString());
        Assert.Equal(new Uri("http://127.0.0.1:8081/"), request.Tenant);
        Assert.Equal("/tmp/out", request.OutRoot);
    }

    [Theory]
    [InlineData(null, null, "--join: required (or CHATSWARM_JOIN)")]
    [InlineData(0, null, "--join: expected the coordinator's address and port")]
    [InlineData(4053, "0.0.0.0", "--listen: '0.0.0.0:0' is every interface")]
    public void TryParseWorker_BadCombination_OneLineNamingTheOption(int? joinPort, string? listenHost, string expected)
    {
        var args = new WorkerArguments(joinPort is { } port ? new ClusterEndpoint("10.0.0.5", port) : null, listenHost is null ? null : new ClusterEndpoint(listenHost, 0));

        Assert.False(ClusterArgumentParser.TryParseWorker(args, _ => null, out _, out var error));
        Assert.StartsWith(expected, error);
    }

    [Theory]
    [InlineData("10.0.0.5", "CHATSWARM_JOIN: expected HOST:PORT")]
    [InlineData("10.0.0.5:0", "CHATSWARM_JOIN: expected the coordinator's address and port")]
    public void TryParseWorker_BadJoinVariable_NamesTheVariable(string value, string expected)
    {
        Assert.False(ClusterArgumentParser.TryParseWorker(new WorkerArguments(null), _ => value, out _, out var error));
        Assert.StartsWith(expected, error);
    }

    [Fact]
    public async Task Run_WorkersWithoutTenant_OneLineErrorExitTwo()
    {
        var (exit, _, error) = await CliHarness.InvokeAsync(Directory.GetCurrentDirectory(), "run", "--workers", "2", "--listen", "127.0.0.1:0");

        Assert.Equal(2, exit);
        Assert.Contains("--workers: a cluster run needs a tenant every worker can reach", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Run_WorkersThatNeverJoin_OneLineNamingTheOptionsAndTheWorkerCommand()
    {
        await using var tenant = await SimulatorHost.StartAsync(new SimulatorOptions { PollHold = TimeSpan.FromSeconds(1) });
        var folder = Directory.CreateTempSubdirectory("chatswarm-join-");
        try
        {
            var (exit, _, error) = await CliHarness.InvokeAsync(
                folder.FullName, "run", "--tenant", tenant.BaseAddress.ToString(), "--tenant-url", tenant.TenantUrl, "--app-id", tenant.AppId, "--workers", "1", "--listen", "127.0.0.1:0", "--join-timeout", "1s");

            Assert.Equal(2, exit);
            Assert.Matches(
                @"^chatswarm run: --workers 1: only 0 worker\(s\) joined 127\.0\.0\.1:\d+ within 1s \(--join-timeout\); start them with 'chatswarm worker --join 127\.0\.0\.1:\d+'$",
                Assert.Single(error.Trim().Split('\n')));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

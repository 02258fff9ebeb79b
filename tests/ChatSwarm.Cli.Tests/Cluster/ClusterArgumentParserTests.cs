using ChatSwarm.Cli.Cluster;

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
        Assert.True(ClusterArgumentParser.TryParseRun(new ClusterRunArguments("3", "10.0.0.5:4053", "2m"), out var request, out var error), error);
        Assert.Equal(3, request!.Workers);
        Assert.Equal("10.0.0.5:4053", request.Listen.ToString());
        Assert.Equal(TimeSpan.FromMinutes(2), request.JoinTimeout);
    }

    [Fact]
    public void TryParseRun_NoJoinTimeout_SixtySeconds()
    {
        Assert.True(ClusterArgumentParser.TryParseRun(new ClusterRunArguments("1", "127.0.0.1:0", null), out var request, out _));
        Assert.Equal(TimeSpan.FromSeconds(60), request!.JoinTimeout);
    }

    [Theory]
    [InlineData("0", "127.0.0.1:4053", null, "--workers: expected a whole number of workers from 1")]
    [InlineData("two", "127.0.0.1:4053", null, "--workers: expected")]
    [InlineData("2", null, null, "--listen: required with --workers")]
    [InlineData("2", "127.0.0.1", null, "--listen: expected HOST:PORT")]
    [InlineData("2", "0.0.0.0:4053", null, "--listen: '0.0.0.0:4053' is every interface")]
    [InlineData("2", "127.0.0.1:4053", "soon", "--join-timeout: expected")]
    [InlineData(null, "127.0.0.1:4053", null, "--listen: only with --workers N")]
    [InlineData(null, null, "1m", "--join-timeout: only with --workers N")]
    public void TryParseRun_BadInput_OneLineNamingTheOption(string? workers, string? listen, string? timeout, string expected)
    {
        Assert.False(ClusterArgumentParser.TryParseRun(new ClusterRunArguments(workers, listen, timeout), out _, out var error));
        Assert.StartsWith(expected, error);
        Assert.DoesNotContain('\n', error!);
    }

    [Fact]
    public void TryParseWorker_JoinFromTheEnvironment_UsedWhenNoOption()
    {
        var args = new WorkerArguments(null, null, null, null, null);

        Assert.True(ClusterArgumentParser.TryParseWorker(args, name => name == "CHATSWARM_JOIN" ? "coordinator.chatswarm:4053" : null, out var request, out var error), error);
        Assert.Equal("coordinator.chatswarm:4053", request!.Join.ToString());
        Assert.Null(request.Listen);
        Assert.Equal("reports", request.OutRoot);
    }

    [Fact]
    public void TryParseWorker_OptionsGiven_OptionWinsOverTheEnvironment()
    {
        var args = new WorkerArguments("10.0.0.5:4053", "10.0.0.6:0", "http://127.0.0.1:8081/", "out", null);

        Assert.True(ClusterArgumentParser.TryParseWorker(args, _ => "ignored:1", out var request, out var error), error);
        Assert.Equal("10.0.0.5:4053", request!.Join.ToString());
        Assert.Equal("10.0.0.6:0", request.Listen!.ToString());
        Assert.Equal(new Uri("http://127.0.0.1:8081/"), request.Tenant);
        Assert.Equal("out", request.OutRoot);
    }

    [Theory]
    [InlineData(null, null, null, "--join: required (or CHATSWARM_JOIN)")]
    [InlineData("10.0.0.5:0", null, null, "--join: expected the coordinator's address and port")]
    [InlineData("10.0.0.5", null, null, "--join: expected HOST:PORT")]
    [InlineData("10.0.0.5:4053", "0.0.0.0:0", null, "--listen: '0.0.0.0:0' is every interface")]
    [InlineData("10.0.0.5:4053", null, "ftp://x", "--tenant: expected an absolute http:// or https:// URL")]
    public void TryParseWorker_BadInput_OneLineNamingTheOption(string? join, string? listen, string? tenant, string expected)
    {
        Assert.False(ClusterArgumentParser.TryParseWorker(new WorkerArguments(join, listen, tenant, null, null), _ => null, out _, out var error));
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
}

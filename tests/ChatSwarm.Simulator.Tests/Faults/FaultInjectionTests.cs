using ChatSwarm.Client;
using System.Diagnostics;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Simulator.Tests.TestSupport;

namespace ChatSwarm.Simulator.Tests.Faults;

public sealed class FaultInjectionTests
{
    private static SimulatorOptions WithRules(params FaultRule[] rules) => Sim.Fast() with { Faults = new FaultPlan { Rules = rules } };

    [Theory]
    [InlineData(FaultKind.Error5000, 503, 5000, "5000")]
    [InlineData(FaultKind.Error5001, 503, 5001, "5001")]
    [InlineData(FaultKind.Error5004, 503, 5004, "5004")]
    [InlineData(FaultKind.Error5500, 500, 5500, "5500")]
    public async Task ErrorFault_Certain_AnswersDocumentedErrorBodyAndCounts(FaultKind kind, int status, int code, string statsKey)
    {
        await using var host = await SimulatorHost.StartAsync(WithRules(new FaultRule(ApiMethod.GetVersion, kind, 1.0)));
        using var client = new SimClient(host, "f");

        var result = await client.GetAsync("version");
        var other = await client.GetAsync("availability");

        Assert.Equal(status, result.Status);
        Assert.Equal(code, result.Body.GetProperty("error_code").GetInt32());
        Assert.False(string.IsNullOrEmpty(result.Body.GetProperty("error_message").GetString()));
        Assert.Equal(200, other.Status);
        Assert.Equal(1, host.GetStats().FaultsInjected[statsKey]);
    }

    [Fact]
    public async Task Http429Fault_Certain_Answers429WithRetryAfter()
    {
        await using var host = await SimulatorHost.StartAsync(WithRules(new FaultRule(null, FaultKind.Http429, 1.0)));
        using var client = new SimClient(host, "f");

        using var response = await client.Http.SendAsync(client.Request(HttpMethod.Get, "version"));

        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Http503Fault_Certain_AnswersBare503()
    {
        await using var host = await SimulatorHost.StartAsync(WithRules(new FaultRule(ApiMethod.RequestChat, FaultKind.Http503, 1.0)));
        using var client = new SimClient(host, "f");

        var (status, _) = await client.PostAsync("chats", "{}");

        Assert.Equal(503, status);
        Assert.Equal(1, host.GetStats().FaultsInjected["503"]);
    }

    [Fact]
    public async Task DropFault_Certain_ClosesConnectionWithoutAnswer()
    {
        await using var host = await SimulatorHost.StartAsync(WithRules(new FaultRule(ApiMethod.GetVersion, FaultKind.Drop, 1.0)));
        using var client = new SimClient(host, "f");

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("version"));
        Assert.Equal(1, host.GetStats().FaultsInjected["drop"]);
    }

    [Fact]
    public async Task LatencyFault_Certain_DelaysThenServes()
    {
        await using var host = await SimulatorHost.StartAsync(WithRules(new FaultRule(ApiMethod.GetVersion, FaultKind.Latency, 1.0, TimeSpan.FromMilliseconds(300))));
        using var client = new SimClient(host, "f");

        var watch = Stopwatch.StartNew();
        var (status, _) = await client.GetAsync("version");

        Assert.Equal(200, status);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"took {watch.Elapsed}");
        Assert.Equal(1, host.GetStats().FaultsInjected["latency"]);
    }

    [Fact]
    public async Task Outage_ManualClock_FailsEveryCallWith5001OnlyInsideWindow()
    {
        var clock = new FakeTimeProvider();
        var options = Sim.Fast() with { TimeProvider = clock, Faults = new FaultPlan { Outages = [new OutageWindow(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5))] } };
        await using var host = await SimulatorHost.StartAsync(options);
        using var client = new SimClient(host, "f");

        var before = await client.GetAsync("version");
        clock.Advance(TimeSpan.FromSeconds(10));
        var during = await client.GetAsync("availability");
        var duringChat = await client.PostAsync("chats", "{}");
        clock.Advance(TimeSpan.FromSeconds(5));
        var after = await client.GetAsync("version");

        Assert.Equal(200, before.Status);
        Assert.Equal((503, 5001), (during.Status, during.Body.GetProperty("error_code").GetInt32()));
        Assert.Equal((503, 5001), (duringChat.Status, duringChat.Body.GetProperty("error_code").GetInt32()));
        Assert.Equal(200, after.Status);
        Assert.Equal(2, host.GetStats().FaultsInjected["5001"]);
    }

    [Fact]
    public async Task ProbabilisticFault_SameSeed_SameOutcomesAndStatsMatch()
    {
        var options = WithRules(new FaultRule(ApiMethod.GetVersion, FaultKind.Error5004, 0.3)) with { Seed = 11 };

        var first = await OutcomesAsync(options, 200);
        var second = await OutcomesAsync(options, 200);

        Assert.Equal(first.Statuses, second.Statuses);
        var failures = first.Statuses.Count(s => s == 503);
        Assert.InRange(failures, 30, 90);
        Assert.Equal(failures, first.Counted);
    }

    [Fact]
    public async Task FaultPlanSeed_OverridesSimulatorSeed()
    {
        var plan = new FaultPlan { Seed = 5, Rules = [new FaultRule(null, FaultKind.Error5000, 0.5)] };

        var a = await OutcomesAsync(Sim.Fast() with { Seed = 1, Faults = plan }, 60);
        var b = await OutcomesAsync(Sim.Fast() with { Seed = 2, Faults = plan }, 60);

        Assert.Equal(a.Statuses, b.Statuses);
    }

    private static async Task<(List<int> Statuses, long Counted)> OutcomesAsync(SimulatorOptions options, int count)
    {
        await using var host = await SimulatorHost.StartAsync(options);
        using var client = new SimClient(host, "f");
        var statuses = new List<int>();
        for (var i = 0; i < count; i++) statuses.Add((await client.GetAsync("version")).Status);
        var stats = host.GetStats();
        return (statuses, stats.FaultsInjected.Values.Sum());
    }
}

using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Swarm.Tests.Running;

public sealed class SocketBudgetTests
{
    [Fact]
    public void Check_PlanBeyondTheOpenFileLimit_OneLineNamingTheLimitAndTheWaysOut()
    {
        var profile = LoadProfileLoader.Parse("name: big\nphases:\n  - constant: {sessions: 25000, duration: 1m}\n", "big.yaml");

        var error = SocketBudget.Check(SocketBudget.PeakSessions(profile), embeddedSimulator: false, limit: 20_000);

        Assert.NotNull(error);
        Assert.Contains("25000 concurrent sessions", error, StringComparison.Ordinal);
        Assert.Contains("may open only 20000 (ulimit -n)", error, StringComparison.Ordinal);
        Assert.Contains("ulimit -n 26024", error, StringComparison.Ordinal);
        Assert.Contains("split the run over several processes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EmbeddedSimulator_CountsBothEndsOfEverySocket()
    {
        Assert.Null(SocketBudget.Check(8_000, embeddedSimulator: false, limit: 10_000));
        Assert.NotNull(SocketBudget.Check(8_000, embeddedSimulator: true, limit: 10_000));
    }

    [Theory]
    [InlineData(20_000L, false, 18_976)]
    [InlineData(20_000L, true, 9_488)]
    [InlineData(1_000L, false, 1)]
    [InlineData(10_000_000L, false, 100_000)]
    public void MaxConnections_KnownLimit_KeepsTheSpareAndBothEndsOfEmbeddedSockets(long limit, bool embedded, int expected)
    {
        Assert.Equal(expected, SocketBudget.MaxConnections(limit, embedded, unlimited: 100_000));
    }

    [Fact]
    public void MaxConnections_UnknownLimit_TheClientsDefault()
    {
        Assert.Equal(100_000, SocketBudget.MaxConnections(null, embeddedSimulator: true, unlimited: 100_000));
    }

    [Fact]
    public void Check_UnknownLimit_NeverRefuses()
    {
        Assert.Null(SocketBudget.Check(1_000_000, embeddedSimulator: true, limit: null));
    }

    [Fact]
    public void PeakSessions_ArrivalPhaseWithSessionLimitAndCap_ArrivalsInOneLongestSessionCappedByMaxSessions()
    {
        var profile = LoadProfileLoader.Parse(
            "name: open\nmax_session_duration: 2m\nphases:\n  - arrival: {rate: 10, duration: 1h}\n", "open.yaml");
        var capped = LoadProfileLoader.Parse(
            "name: open\nmax_session_duration: 2m\nmax_sessions: 300\nphases:\n  - arrival: {rate: 10, duration: 1h}\n", "open.yaml");

        Assert.Equal(1200, SocketBudget.PeakSessions(profile));
        Assert.Equal(300, SocketBudget.PeakSessions(capped));
    }
}

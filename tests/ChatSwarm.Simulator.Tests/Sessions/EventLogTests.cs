using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class EventLogTests
{
    private static readonly byte[] Server = [1];
    private static readonly byte[] Signal = [2];
    private static readonly byte[] Client = [3];

    [Fact]
    public void TakePending_AfterEmits_ReturnsServerEventsOnceInOrder()
    {
        var log = new EventLog();
        log.Emit(Server);
        log.EmitTransient(Signal);
        log.Record(Client);

        var taken = log.TakePending();

        Assert.Equal([Server, Signal], taken);
        Assert.False(log.HasPending);
        Assert.Empty(log.TakePending());
    }

    [Fact]
    public void HistorySnapshot_MixedEvents_KeepsAllButTransientOnes()
    {
        var log = new EventLog();
        log.Emit(Server);
        log.EmitTransient(Signal);
        log.Record(Client);

        var history = log.HistorySnapshot();

        Assert.Equal([Server, Client], history);
    }

    [Fact]
    public void DropPending_QueuedEvents_KeepsTheHistory()
    {
        var log = new EventLog();
        log.Emit(Server);

        log.DropPending();

        Assert.False(log.HasPending);
        Assert.Equal([Server], log.HistorySnapshot());
    }
}

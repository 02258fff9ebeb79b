using Akka.Actor;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Merging;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Cluster.Tests.Merging;

public sealed class ClusterMergeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merge_FinishedWorkerAbandonedAndLostWorker_AbandonedCarriedLostCountedOnceAsLost()
    {
        // Arrange: worker 1 finished with 3 chats still open after its grace period; worker 2 was lost with 3 unfinished.
        var finished = Slot(0, new SessionStats { Started = 10, Completed = 5, EndedByRun = 2, Abandoned = 3 }, final: true);
        var lost = Slot(1, new SessionStats { Started = 6, Completed = 2, Failed = 1 }, final: false);
        lost.State = WorkerState.Lost;
        lost.LostCustomers = ClusterMerge.Unfinished(lost.Report!.Sessions);

        // Act
        var report = ClusterMerge.Merge([finished, lost], new RunInfo { Id = "run-1", Profile = "smoke", StartedAt = Start }, withTimeline: true);

        // Assert
        var s = report.Sessions;
        Assert.Equal(3, lost.LostCustomers);
        Assert.Equal(16, s.Started);
        Assert.Equal(3, s.Abandoned);
        Assert.Equal(3, s.Lost);
        Assert.Equal(s.Started, s.Completed + s.EndedByRun + s.Lost + s.Failed + s.Abandoned);
    }

    [Fact]
    public void Unfinished_AbandonedSessions_NotUnfinished()
    {
        var sessions = new SessionStats { Started = 10, Completed = 4, EndedByRun = 1, Lost = 1, Failed = 1, Abandoned = 2 };

        Assert.Equal(1, ClusterMerge.Unfinished(sessions));
    }

    private static WorkerSlot Slot(int index, SessionStats sessions, bool final)
    {
        var slot = new WorkerSlot($"worker-{index}", index, ActorRefs.Nobody, Start);
        var report = new RunReport { Run = new RunInfo { Id = "run-1", Profile = "smoke", StartedAt = Start, DurationS = 10 }, Sessions = sessions };
        var tick = new WorkerTick { Sequence = 1, Final = final, Abandoned = final ? sessions.Abandoned : 0, Report = report };
        Assert.True(slot.Apply(tick, report));
        if (final)
        {
            slot.State = WorkerState.Finished;
        }

        return slot;
    }
}

using System.Diagnostics;
using System.Text.Json;
using Akka.Actor;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Reports.Model;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Working;

/// <summary>
/// Sends the worker's cumulative results to the coordinator once a second (on the runner's progress callback) and once
/// more at the end. Only timeline points the coordinator has not had yet travel each second; the final tick carries the
/// whole report. Called from the runner's loop, never concurrently.
/// </summary>
internal sealed class TickSender(IActorRef coordinator, IActorRef self, SwarmMetrics metrics, Func<TimeSpan, RunInfo> info) : ISwarmObserver
{
    private long _sequence;
    private long _payloadId;
    private int _timelineSent;

    public void OnProgress(SwarmProgress progress)
    {
        var report = metrics.BuildReport(info(progress.Elapsed), []);
        int from = Math.Min(_timelineSent, report.Timeline.Count);
        var tick = new WorkerTick
        {
            Sequence = ++_sequence,
            TimelineFrom = from,
            Live = progress.LiveCustomers,
            Report = report with { Timeline = [.. report.Timeline.Skip(from)] },
        };
        _timelineSent = report.Timeline.Count;
        Send(Measured(tick));
    }

    public void OnNotice(SwarmNotice notice)
    {
    }

    /// <summary>Sends the final tick with the whole report and how the share ended.</summary>
    public void SendFinal(SwarmRunResult result) => Send(Measured(new WorkerTick
    {
        Sequence = ++_sequence,
        Final = true,
        TimelineFrom = 0,
        Live = result.CustomersAbandoned,
        ExitCode = result.ExitCode,
        StopReason = result.StopReason,
        StoppedEarly = result.StoppedEarly,
        Abandoned = result.CustomersAbandoned,
        Report = result.Report,
    }));

    private static WorkerTick Measured(WorkerTick tick)
    {
        using var process = Process.GetCurrentProcess();
        return tick with { CpuSeconds = process.TotalProcessorTime.TotalSeconds, PeakRssBytes = process.PeakWorkingSet64 };
    }

    private void Send(WorkerTick tick)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(tick, WireJsonContext.Default.WorkerTick);
        foreach (var part in PayloadParts.Split(PayloadKind.Tick, ++_payloadId, bytes))
        {
            coordinator.Tell(part, self);
        }
    }
}

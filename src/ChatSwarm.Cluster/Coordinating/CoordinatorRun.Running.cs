using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Merging;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>The run: merged progress every second, thresholds, stops, lost workers, until every worker has finished or is lost.</summary>
internal sealed partial class CoordinatorRun
{
    private TimeSpan Elapsed => DateTimeOffset.UtcNow - _startAt;

    private async Task SuperviseAsync(CancellationToken stopGracefully, CancellationToken stopNow)
    {
        var nextTickAt = TickInterval;
        var nextThresholdCheckAt = _options.Profile.ThresholdCheckInterval;
        while (_slots.Any(s => s.State == WorkerState.Ready))
        {
            await Task.WhenAny(_inbox.WaitToReadAsync().AsTask(), Task.Delay(Wake)).ConfigureAwait(false);
            while (_inbox.TryRead(out var inbound))
            {
                Handle(inbound);
            }

            if (stopNow.IsCancellationRequested && !_stopNowSent)
            {
                _interrupted = true;
                _stopReason = "stopped at once (Ctrl+C or SIGTERM twice)";
                StopAll(now: true, _stopReason);
            }
            else if (stopGracefully.IsCancellationRequested && _stopSentAt is null)
            {
                _interrupted = true;
                _stopReason ??= "interrupted (Ctrl+C or SIGTERM)";
                StopAll(now: false, _stopReason);
            }

            var elapsed = Elapsed;
            if (elapsed >= nextTickAt)
            {
                while (nextTickAt <= elapsed)
                {
                    nextTickAt += TickInterval;
                }

                var snapshot = Progress(elapsed);
                if (_options.Profile.Thresholds.Count > 0 && elapsed >= nextThresholdCheckAt && _stopSentAt is null)
                {
                    nextThresholdCheckAt = elapsed + _options.Profile.ThresholdCheckInterval;
                    CheckThresholdsLive(snapshot);
                }
            }

            GiveUpOnSilentWorkers(elapsed);
        }
    }

    private void Handle(Inbound inbound)
    {
        switch (inbound.Message)
        {
            case PayloadPart part when part.Kind == PayloadKind.Tick && SlotOf(inbound.Sender) is { } slot:
                if (_parts.Add(slot.Name, part) is { } bytes)
                {
                    Apply(slot, bytes);
                }

                break;
            case WorkerHello hello when _slots.All(s => s.Name != hello.Name):
                inbound.Sender.Tell(new Working.Dismiss($"the run already has its {_options.Workers} worker(s)"), _self);
                break;
            case NodeUnreachable unreachable when _slots.FirstOrDefault(s => s.Name == unreachable.Node.ToString()) is { State: WorkerState.Ready, UnreachableSince: null } slot:
                slot.UnreachableSince = DateTimeOffset.UtcNow;
                Notify(SwarmNoticeLevel.Warning, $"worker {slot.Index + 1} ({slot.Name}) is unreachable; it is counted as lost once the split-brain resolver downs it");
                break;
            case NodeReachable reachable when _slots.FirstOrDefault(s => s.Name == reachable.Node.ToString()) is { UnreachableSince: not null } slot:
                slot.UnreachableSince = null;
                Notify(SwarmNoticeLevel.Information, $"worker {slot.Index + 1} ({slot.Name}) is reachable again");
                break;
            case PeerGone gone when SlotOf(gone.Actor) is { State: WorkerState.Ready } slot:
                Lose(slot, slot.UnreachableSince is { } since
                    ? string.Create(CultureInfo.InvariantCulture, $"unreachable from {(since - _startAt).TotalSeconds:0.0} s, downed")
                    : "left the cluster before sending its final results");
                break;
        }
    }

    private void Apply(WorkerSlot slot, byte[] bytes)
    {
        WorkerTick? tick;
        try
        {
            tick = JsonSerializer.Deserialize(bytes, WireJsonContext.Default.WorkerTick);
            if (tick is null)
            {
                return;
            }
        }
        catch (JsonException ex)
        {
            _options.Log?.Warning("worker {Worker} sent results that cannot be read: {Problem}", slot.Name, ex.Message);
            return;
        }

        if (!slot.Apply(tick, tick.Report) || !tick.Final)
        {
            return;
        }

        slot.State = WorkerState.Finished;
        slot.Actor.Tell(Working.FinalReceived.Instance, _self);
        _parts.Forget(slot.Name);
        if (tick.ExitCode == SwarmExitCode.SetupError && tick.StoppedEarly && _setupFailure is null && _stopSentAt is null)
        {
            // Most of a worker's customers failed with one permanent error (a wrong appId): the others would fail the same way.
            _setupFailure = $"worker {slot.Index + 1} ({slot.Name}): {tick.StopReason ?? "stopped early on a setup error"}";
            _stopReason = _setupFailure;
            Notify(SwarmNoticeLevel.Error, _setupFailure);
            StopAll(now: false, _setupFailure);
        }
    }

    private void Lose(WorkerSlot slot, string reason)
    {
        slot.State = WorkerState.Lost;
        slot.LeftAt = DateTimeOffset.UtcNow;
        // The sessions its last report had not yet accounted for. Not its live actors: a customer whose chat completed is
        // already counted as completed while its actor is still stopping, and would be counted twice.
        slot.LostCustomers = slot.Report?.Sessions is { } sessions ? ClusterMerge.Unfinished(sessions) : 0;
        slot.LeftReason = slot.LostCustomers > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{reason}; {slot.LostCustomers} unfinished customer(s) counted as lost")
            : reason;
        _parts.Forget(slot.Name);
        Notify(SwarmNoticeLevel.Warning, string.Create(CultureInfo.InvariantCulture,
            $"worker {slot.Index + 1} ({slot.Name}) lost at {Elapsed.TotalSeconds:0.0} s: {slot.LeftReason}; its results up to its last report are kept"));
    }

    private void StopAll(bool now, string reason)
    {
        _stopSentAt ??= DateTimeOffset.UtcNow;
        _stopNowSent |= now;
        var stop = new Working.StopWork(now, reason);
        foreach (var slot in _slots.Where(s => s.State == WorkerState.Ready))
        {
            slot.Actor.Tell(stop, _self);
        }
    }

    /// <summary>
    /// A worker that neither sends its final results nor is downed (a hung process whose node still answers heartbeats)
    /// must not hold the report forever: past the plan (or the stop), the grace period and the margin it counts as lost.
    /// </summary>
    private void GiveUpOnSilentWorkers(TimeSpan elapsed)
    {
        var end = _stopSentAt is { } stoppedAt ? stoppedAt - _startAt : _plan.TotalDuration;
        var detection = _options.Cluster.HeartbeatPause + _options.Cluster.StableAfter;
        var deadline = end + _options.Profile.GracePeriod + _options.FinishMargin + detection;
        if (elapsed < deadline)
        {
            return;
        }

        foreach (var slot in _slots.Where(s => s.State == WorkerState.Ready))
        {
            Lose(slot, $"no final results within {Format(deadline - end)} of the end");
        }
    }

    private MetricsSnapshot Progress(TimeSpan elapsed)
    {
        var merged = ClusterMerge.Merge(_slots, RunInfo(elapsed), withTimeline: false);
        var live = _slots.Where(s => s.State == WorkerState.Ready).Sum(s => s.LastTick?.Live ?? 0);
        _peak = Math.Max(_peak, live);
        var snapshot = ClusterMerge.Snapshot(merged, _slots, elapsed, _peak);
        ReportNewErrors(snapshot);
        var point = _plan.At(elapsed);
        var stopping = _stopSentAt is not null || point.IsFinished;
        if (!point.IsFinished && point.PhaseIndex != _phaseIndex)
        {
            _phaseIndex = point.PhaseIndex;
            Notify(SwarmNoticeLevel.Information, string.Create(CultureInfo.InvariantCulture, $"phase {_phaseIndex + 1}/{_plan.Phases.Count}: {point.Phase.Describe()}"));
        }

        try
        {
            _observer?.OnProgress(new SwarmProgress(
                elapsed,
                _plan.TotalDuration,
                Math.Max(0, _phaseIndex),
                stopping ? "stopping" : point.Phase.Describe(),
                stopping ? null : point.TargetConcurrent,
                stopping ? null : point.ArrivalRatePerSecond,
                live,
                stopping,
                snapshot));
        }
        catch (Exception)
        {
            // A failing console must not lose the run's results.
        }

        return snapshot;
    }

    private void ReportNewErrors(MetricsSnapshot snapshot)
    {
        foreach (var error in snapshot.Errors)
        {
            if (_errorsSeen.Add((error.Step, error.Code)))
            {
                Notify(SwarmNoticeLevel.Warning, string.Create(CultureInfo.InvariantCulture, $"{error.Step}: {error.Code} {error.Name}: {error.Message}"));
            }
        }
    }

    private void CheckThresholdsLive(MetricsSnapshot snapshot)
    {
        foreach (var result in ThresholdEvaluator.Evaluate(_options.Profile.Thresholds, snapshot))
        {
            if (result.Held || !_thresholdsFailedLive.Add(result.Expression))
            {
                continue;
            }

            var abort = _options.Profile.AbortOnThresholdFailure;
            Notify(abort ? SwarmNoticeLevel.Error : SwarmNoticeLevel.Warning, $"threshold '{result.Expression}' failed on the merged results: {result.Display}");
            if (abort && !_thresholdAbort)
            {
                _thresholdAbort = true;
                _stopReason = $"threshold '{result.Expression}' failed ({result.Display}); aborting as the profile asks";
                StopAll(now: false, _stopReason);
            }
        }
    }

    private Reports.Model.RunInfo RunInfo(TimeSpan elapsed) =>
        RunInfoFactory.Create(_options.Assignment.RunId, _options.Profile.Name, _options.Target, _startAt, elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed, _options.Assignment.Seed);

    private static string Describe(IEnumerable<WorkerSlot> slots)
    {
        var text = new StringBuilder();
        foreach (var slot in slots)
        {
            text.Append(text.Length == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"{slot.Index + 1} ({slot.Name})");
        }

        return text.ToString();
    }
}

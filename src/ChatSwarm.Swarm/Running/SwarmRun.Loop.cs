using Akka.Actor;
using System.Globalization;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Supervision;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Running;

/// <summary>The control loop: follows the plan, keeps the timeline ticking, checks thresholds and setup failures.</summary>
internal sealed partial class SwarmRun
{
    private async Task DriveAsync(CancellationToken stopGracefully, CancellationToken stopNow, CancellationToken stopAny)
    {
        while (true)
        {
            if (stopNow.IsCancellationRequested || stopGracefully.IsCancellationRequested)
            {
                _interrupted = true;
                _stopReason ??= stopNow.IsCancellationRequested ? "stopped at once (Ctrl+C or SIGTERM twice)" : "interrupted (Ctrl+C or SIGTERM)";
                Notify(SwarmNoticeLevel.Information, _stopReason);
                return;
            }

            var elapsed = Elapsed;
            var point = _plan.At(elapsed);
            if (point.IsFinished)
            {
                Notify(SwarmNoticeLevel.Information, $"plan finished after {Format(_plan.TotalDuration)}");
                return;
            }

            if (point.PhaseIndex != _phaseIndex)
            {
                _phaseIndex = point.PhaseIndex;
                Notify(SwarmNoticeLevel.Information, string.Create(
                    CultureInfo.InvariantCulture, $"phase {_phaseIndex + 1}/{_plan.Phases.Count}: {point.Phase.Describe()}"));
            }

            // Setup failures first: a closed phase would otherwise keep replacing customers that can never succeed.
            CheckSetupFailures();
            if (_setupFailure)
            {
                return;
            }

            Steer(point, elapsed);
            Periodic(elapsed, point, stopping: false, checkThresholds: true);
            if (_thresholdAbort)
            {
                return;
            }

            await DelayAsync(_options.ControlInterval, stopAny).ConfigureAwait(false);
        }
    }

    private void Steer(LoadPoint point, TimeSpan elapsed)
    {
        var arrivals = point.ArrivalRatePerSecond is null ? 0 : _arrivals.Next(_plan.ExpectedArrivals(_lastSteerAt, elapsed));
        _lastSteerAt = elapsed;
        var step = LoadSteering.Decide(point, _share, _counters.Effective, _counters.Spawned, _profile.MaxSessions, arrivals);
        if (step.End > 0)
        {
            // Counted as ending before the root acts, so the next step does not ask again for the same customers.
            _counters.AddEnding(step.End);
            _root.Tell(new EndNewestCustomers(step.End, "target lowered"));
        }

        if (step.CapReached && !_capReported)
        {
            _capReported = true;
            Notify(SwarmNoticeLevel.Information, string.Create(
                CultureInfo.InvariantCulture, $"session cap of {_profile.MaxSessions} reached; no new customers start"));
        }

        for (var i = 0; i < step.Start; i++)
        {
            _root.Tell(new SpawnCustomer(_share.CustomerIndex(_counters.AddSpawned() - 1)));
        }
    }

    /// <summary>Once a second: a timeline point and a progress report; every check interval: the thresholds.</summary>
    private void Periodic(TimeSpan elapsed, LoadPoint? point, bool stopping, bool checkThresholds)
    {
        var ticked = false;
        if (elapsed >= _nextTickAt)
        {
            // The plan's target is this worker's share, so the shards' points add up to the whole plan when merged.
            _metrics.Tick(
                point?.TargetConcurrent is { } target ? _share.Of(target) : null,
                point?.ArrivalRatePerSecond is { } rate ? rate / _share.Count : null);

            // A loop starved of CPU that missed whole seconds records one point for the gap: several points at one instant
            // would carry nothing and are rejected by the report's reader.
            while (_nextTickAt <= elapsed)
            {
                _lastTickAt = _nextTickAt;
                _nextTickAt += TickInterval;
            }

            ticked = true;
        }

        if (ticked)
        {
            var snapshot = _metrics.Snapshot();
            ReportNewErrors(snapshot);
            Progress(elapsed, point, stopping, snapshot);
        }

        if (checkThresholds && _profile.Thresholds.Count > 0 && elapsed >= _nextThresholdCheckAt)
        {
            _nextThresholdCheckAt = elapsed + _profile.ThresholdCheckInterval;
            CheckThresholdsLive();
        }
    }

    private void Progress(TimeSpan elapsed, LoadPoint? point, bool stopping, MetricsSnapshot snapshot)
    {
        if (_observer is null)
        {
            return;
        }

        var progress = new SwarmProgress(
            elapsed,
            _plan.TotalDuration,
            point?.PhaseIndex ?? Math.Max(0, _phaseIndex),
            stopping ? "stopping" : point?.Phase.Describe() ?? "",
            stopping ? null : point?.TargetConcurrent,
            stopping ? null : point?.ArrivalRatePerSecond,
            _counters.Live,
            stopping,
            snapshot);
        try
        {
            _observer.OnProgress(progress);
        }
        catch (Exception)
        {
            // A failing console must not lose the run's results.
        }
    }

    /// <summary>Each distinct (step, code) error is announced once; the console keeps the running counts.</summary>
    private void ReportNewErrors(MetricsSnapshot snapshot)
    {
        foreach (var error in snapshot.Errors)
        {
            if (_errorsSeen.Add((error.Step, error.Code)))
            {
                Notify(SwarmNoticeLevel.Warning, string.Create(
                    CultureInfo.InvariantCulture, $"{error.Step}: {error.Code} {error.Name}: {error.Message}"));
            }
        }
    }

    private void CheckThresholdsLive()
    {
        var results = ThresholdEvaluator.Evaluate(_profile.Thresholds, _metrics.Snapshot());
        foreach (var result in results)
        {
            if (result.Held || !_thresholdsFailedLive.Add(result.Expression))
            {
                continue;
            }

            Notify(_profile.AbortOnThresholdFailure ? SwarmNoticeLevel.Error : SwarmNoticeLevel.Warning, $"threshold '{result.Expression}' failed: {result.Display}");
            if (_profile.AbortOnThresholdFailure && !_thresholdAbort)
            {
                _thresholdAbort = true;
                _stopReason = $"threshold '{result.Expression}' failed ({result.Display}); aborting as the profile asks";
            }
        }
    }

    private void CheckSetupFailures()
    {
        if (_counters.MostCommonSetupFailure() is not { } most)
        {
            return;
        }

        var spawned = _counters.Spawned;
        if (spawned >= _options.EarlyStopMinimumCustomers && most.Count >= _options.EarlyStopFailureShare * spawned)
        {
            _setupFailure = true;
            _stopReason = SetupFailureAdvice.Describe(most.Code, _options.SettingNames);
            Notify(SwarmNoticeLevel.Error, _stopReason);
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _clock, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C wakes the loop early; the caller looks at the tokens.
        }
    }
}

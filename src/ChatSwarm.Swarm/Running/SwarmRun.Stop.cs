using Akka.Actor;
using System.Globalization;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Supervision;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Running;

/// <summary>The end of a run: customers end their chats within the grace period, the actors stop, the report is built.</summary>
internal sealed partial class SwarmRun
{
    private async Task DrainAsync(CancellationToken stopNow)
    {
        if (stopNow.IsCancellationRequested)
        {
            // The second stop can arrive before the drain even begins; the report must still say it stopped at once.
            _interrupted = true;
            _stopReason = "stopped at once (Ctrl+C or SIGTERM twice)";
            _abandoned = _counters.Live;
            return;
        }

        var live = _counters.Live;
        if (live > 0)
        {
            Notify(SwarmNoticeLevel.Information, string.Create(
                CultureInfo.InvariantCulture, $"ending {live} chat(s); waiting up to {Format(_profile.GracePeriod)}"));
        }

        _root.Tell(new EndAllCustomers("run stopping"));
        var deadline = Elapsed + _profile.GracePeriod;
        while (_counters.Live > 0 && !stopNow.IsCancellationRequested)
        {
            var now = Elapsed;
            if (now >= deadline)
            {
                break;
            }

            Periodic(now, null, stopping: true, checkThresholds: false);
            var step = deadline - now;
            await DelayAsync(step < _options.ControlInterval ? step : _options.ControlInterval, stopNow).ConfigureAwait(false);
        }

        if (stopNow.IsCancellationRequested)
        {
            _interrupted = true;
            _stopReason = "stopped at once (Ctrl+C or SIGTERM twice)";
        }

        _abandoned = _counters.Live;
        if (_abandoned > 0)
        {
            Notify(SwarmNoticeLevel.Warning, string.Create(
                CultureInfo.InvariantCulture, $"{_abandoned} customer(s) still busy when the run stopped; their chats were abandoned"));
        }
    }

    private async Task ShutdownAsync()
    {
        if (_system.WhenTerminated.IsCompleted)
        {
            return;
        }

        try
        {
            // Stopping actors cancels every call still in flight; a stuck system must not hold the report back.
            await _system.Terminate().WaitAsync(ShutdownTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Notify(SwarmNoticeLevel.Warning, $"the actor system did not stop within {Format(ShutdownTimeout)}");
        }
    }

    private SwarmRunResult BuildResult()
    {
        var elapsed = Elapsed;

        // The last partial second joins the timeline when it holds a meaningful share of a second.
        if (elapsed - _lastTickAt >= TimeSpan.FromMilliseconds(500))
        {
            _metrics.Tick();
        }

        var thresholds = ThresholdEvaluator.Evaluate(_profile.Thresholds, _metrics.Snapshot());
        var info = RunInfoFactory.Create(RunId, _profile.Name, _options.Client.Options.BaseAddress, _startedAt, elapsed, Seed);
        var report = _metrics.BuildFinalReport(info, thresholds);
        var exitCode = _setupFailure ? SwarmExitCode.SetupError
            : _thresholdAbort || thresholds.Any(t => !t.Held) ? SwarmExitCode.ThresholdsFailed
            : SwarmExitCode.Ok;
        return new SwarmRunResult
        {
            Report = report,
            Thresholds = thresholds,
            StoppedEarly = _setupFailure || _thresholdAbort || _interrupted,
            StopReason = _stopReason,
            Interrupted = _interrupted,
            ExitCode = exitCode,
            CustomersAbandoned = _abandoned,
        };
    }
}

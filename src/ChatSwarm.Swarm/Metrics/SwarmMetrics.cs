using System.Collections.Concurrent;
using ChatSwarm.Client;
using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Swarm.Metrics;

/// <summary>
/// Everything a run measures, recorded from many customer threads at once without locks: per-step counters and latency
/// histograms, session lifecycle counters, chat-experience histograms, error counts and bot counters. Memory is fixed by
/// the number of steps, error codes and scripts, never by the number of sessions or calls. The runner calls
/// <see cref="Tick"/> once per second to add a timeline point (its per-interval latencies are the differences of the
/// cumulative histograms between ticks, so recording a call costs the same with or without them); <see cref="Snapshot"/> feeds the console and thresholds and
/// <see cref="BuildReport"/> produces report.json's model.
/// </summary>
public sealed partial class SwarmMetrics
{
    /// <summary>How many recent timeline points <see cref="MetricsSnapshot.RequestsPerSecond"/> averages over.</summary>
    private const int RecentSeconds = 5;

    /// <summary>How many recent timeline points <see cref="MetricsSnapshot.Recent"/> carries for windowed percentiles.</summary>
    private const int RecentWindowPoints = 10;

    private readonly TimeProvider _time;
    private readonly DateTimeOffset _startedAt;
    private readonly StepCounters[] _steps;
    private readonly ConcurrentDictionary<ErrorKey, ErrorCounter> _errors = new();
    private readonly ConcurrentDictionary<int, Counter> _sessionFailures = new();
    private readonly ConcurrentDictionary<string, long[]> _bots = new(StringComparer.Ordinal);
    private readonly LatencyHistogram _queueWait = new();
    private readonly LatencyHistogram _firstAgentMessage = new();
    private readonly LatencyHistogram _replyRtt = new();
    private readonly LatencyHistogram _pollHold = new();
    private readonly object _timelineGate = new();
    private readonly List<TimelinePoint> _timeline = [];
    private readonly Dictionary<int, long> _lastErrorsByCode = [];
    private readonly HistogramSnapshot[] _tickedSteps;
    private HistogramSnapshot _tickedQueueWait = HistogramSnapshot.Empty;
    private HistogramSnapshot _tickedFirstAgentMessage = HistogramSnapshot.Empty;
    private HistogramSnapshot _tickedReplyRtt = HistogramSnapshot.Empty;
    private HistogramSnapshot _tickedPollHold = HistogramSnapshot.Empty;
    private long _requests;
    private long _failed;
    private long _concurrentPollErrors;
    private long _backoffs;
    private long _endedByRun;
    private long _lost;
    private long _backoffTicks;
    private long _lastTickRequests;
    private long _lastTickFailed;
    private long _lastTickStarted;
    private long _lastTickEnded;
    private long _lastTickRestarts;
    private double _lastTickSeconds;

    /// <summary>Creates empty metrics for a run that started at <paramref name="startedAt"/>.</summary>
    /// <param name="timeProvider">The run's clock (a manual clock in tests).</param>
    /// <param name="startedAt">When the run started; elapsed times and timeline offsets count from here.</param>
    public SwarmMetrics(TimeProvider timeProvider, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
        _startedAt = startedAt;
        var methods = Enum.GetValues<ApiMethod>();
        _steps = new StepCounters[methods.Max(m => (int)m) + 1];
        _tickedSteps = new HistogramSnapshot[_steps.Length];
        Array.Fill(_tickedSteps, HistogramSnapshot.Empty);
        for (int i = 0; i < _steps.Length; i++)
        {
            _steps[i] = new StepCounters();
        }
    }

    /// <summary>Creates empty metrics for a run starting now on <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The run's clock.</param>
    public SwarmMetrics(TimeProvider timeProvider)
        : this(timeProvider, (timeProvider ?? throw new ArgumentNullException(nameof(timeProvider))).GetUtcNow())
    {
    }

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt => _startedAt;

    /// <summary>Time since the run started on the metrics clock.</summary>
    public TimeSpan Elapsed => _time.GetUtcNow() - _startedAt;

    private sealed class StepCounters
    {
        public readonly LatencyHistogram Latency = new();
        public long Ok;
        public long Fail;
        public long BytesIn;
        public long BytesOut;
    }

    private sealed class ErrorCounter(string name, string message)
    {
        public readonly string Name = name;
        public readonly string Message = message;
        public long Count;
    }

    private sealed class Counter
    {
        public long Value;
    }

    private readonly record struct ErrorKey(ApiMethod Method, int Code);
}

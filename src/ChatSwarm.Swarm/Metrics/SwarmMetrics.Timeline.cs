using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Swarm.Metrics;

public sealed partial class SwarmMetrics
{
    /// <summary>
    /// Closes the current timeline interval (normally one second) and appends its point: time since start, active sessions,
    /// requests and requests/s in the interval, errors in total and per code, and p50/p95/p99 of non-poll calls in the
    /// interval from a fresh per-interval histogram. Called by the runner's once-per-second timer.
    /// </summary>
    /// <returns>The point appended.</returns>
    public TimelinePoint Tick()
    {
        lock (_timelineGate)
        {
            double t = Math.Max(0, (_time.GetUtcNow() - _startedAt).TotalSeconds);
            double interval = t - _lastTickSeconds;
            var histogram = Interlocked.Exchange(ref _second, new LatencyHistogram()).Snapshot();
            long requests = Volatile.Read(ref _requests);
            long failed = Volatile.Read(ref _failed);
            long intervalRequests = requests - _lastTickRequests;
            long intervalFailed = failed - _lastTickFailed;
            _lastTickRequests = requests;
            _lastTickFailed = failed;
            _lastTickSeconds = t;
            var sessions = ReadSessions();
            long ended = sessions.Stopped;
            long intervalStarts = sessions.Started - _lastTickStarted;
            long intervalEnds = ended - _lastTickEnded;
            long intervalRestarts = sessions.Restarts - _lastTickRestarts;
            _lastTickStarted = sessions.Started;
            _lastTickEnded = ended;
            _lastTickRestarts = sessions.Restarts;

            Dictionary<int, long>? byCode = null;
            foreach (var (code, total) in ErrorTotalsByCode())
            {
                _lastErrorsByCode.TryGetValue(code, out var previous);
                if (total != previous)
                {
                    (byCode ??= [])[code] = total - previous;
                    _lastErrorsByCode[code] = total;
                }
            }

            var point = new TimelinePoint
            {
                T = Math.Round(t, 3),
                ActiveSessions = ActiveSessions,
                Requests = intervalRequests,
                Rps = interval > 0 ? Math.Round(intervalRequests / interval, 3) : 0,
                Errors = intervalFailed,
                ErrorsByCode = byCode ?? EmptyByCode,
                P50Ms = Ms(histogram.PercentileMicroseconds(50)),
                P95Ms = Ms(histogram.PercentileMicroseconds(95)),
                P99Ms = Ms(histogram.PercentileMicroseconds(99)),
                Histogram = histogram.Count == 0 ? null : histogram.ToData(),
                SessionStarts = intervalStarts,
                SessionEnds = intervalEnds,
                Restarts = intervalRestarts,
            };
            _timeline.Add(point);
            return point;
        }
    }

    /// <summary>A copy of the timeline so far.</summary>
    /// <returns>The points in time order.</returns>
    public IReadOnlyList<TimelinePoint> Timeline()
    {
        lock (_timelineGate)
        {
            return [.. _timeline];
        }
    }

    private static readonly IReadOnlyDictionary<int, long> EmptyByCode = new Dictionary<int, long>();

    private static double Ms(double microseconds) => Math.Round(microseconds / 1000.0, 3);

    private Dictionary<int, long> ErrorTotalsByCode()
    {
        var totals = new Dictionary<int, long>();
        foreach (var (key, counter) in _errors)
        {
            totals.TryGetValue(key.Code, out var n);
            totals[key.Code] = n + Volatile.Read(ref counter.Count);
        }

        return totals;
    }

    /// <summary>Calls per second over the last few timeline points, or over the whole run before the first tick.</summary>
    private double RecentRequestsPerSecond(double elapsedSeconds, long totalRequests)
    {
        lock (_timelineGate)
        {
            if (_timeline.Count == 0)
            {
                return elapsedSeconds > 0 ? totalRequests / elapsedSeconds : 0;
            }

            int first = Math.Max(0, _timeline.Count - RecentSeconds);
            double from = first == 0 ? 0 : _timeline[first - 1].T;
            double to = _timeline[^1].T;
            long requests = 0;
            for (int i = first; i < _timeline.Count; i++)
            {
                requests += _timeline[i].Requests;
            }

            return to > from ? requests / (to - from) : 0;
        }
    }

    private double LastP95Ms()
    {
        lock (_timelineGate)
        {
            return _timeline.Count == 0 ? 0 : _timeline[^1].P95Ms;
        }
    }
}

using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Swarm.Metrics;

public sealed partial class SwarmMetrics
{
    /// <summary>
    /// Closes the current timeline interval (normally one second) and appends its point: time since start, active sessions,
    /// requests and requests/s in the interval, errors in total and per code, p50/p95/p99 of non-poll calls, latency per step
    /// and chat experience in the interval, and what the plan asked for. The interval's latencies are what each cumulative
    /// histogram gained since the previous tick, so nothing extra is recorded per call and nothing is reset under the
    /// customers. Called by the runner's once-per-second timer.
    /// </summary>
    /// <param name="plannedSessions">Sessions the plan holds active now (closed model, this run's share), or null.</param>
    /// <param name="plannedArrivalRate">Sessions per second the plan starts now (open model, this run's share), or null.</param>
    /// <returns>The point appended.</returns>
    public TimelinePoint Tick(long? plannedSessions = null, double? plannedArrivalRate = null)
    {
        lock (_timelineGate)
        {
            double t = Math.Max(0, (_time.GetUtcNow() - _startedAt).TotalSeconds);
            double interval = t - _lastTickSeconds;
            var (steps, histogram) = StepIntervals();
            var chat = ChatIntervals();
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
                PlannedSessions = plannedSessions,
                PlannedArrivalRate = plannedArrivalRate,
                Steps = steps,
                Chat = chat,
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

    private static readonly IReadOnlyDictionary<string, IntervalLatency> NoIntervals = new Dictionary<string, IntervalLatency>();

    /// <summary>
    /// Each called step's latency since the previous tick, and the interval's non-poll calls together (long polls are held
    /// open by design, so they would drown every other call's latency). A call recorded while this runs lands in this
    /// interval or the next, never in none.
    /// </summary>
    private (IReadOnlyDictionary<string, IntervalLatency> Steps, HistogramSnapshot NonPoll) StepIntervals()
    {
        Dictionary<string, IntervalLatency>? steps = null;
        List<HistogramSnapshot>? nonPoll = null;
        for (int i = 0; i < _steps.Length; i++)
        {
            var s = _steps[i];

            // The calls counter moves after the histogram, so an unchanged count means nothing new to copy (the common case
            // for most steps in most seconds, and the copy is the only cost here).
            if (Volatile.Read(ref s.Ok) + Volatile.Read(ref s.Fail) <= _tickedSteps[i].Count)
            {
                continue;
            }

            var now = s.Latency.Snapshot();
            var gained = now.Since(_tickedSteps[i]);
            _tickedSteps[i] = now;
            if (gained.Count == 0)
            {
                continue;
            }

            var method = (Client.ApiMethod)i;
            (steps ??= new Dictionary<string, IntervalLatency>(StringComparer.Ordinal))[StepNames.Of(method)] = IntervalLatency.Of(gained);
            if (method != Client.ApiMethod.GetNewChatEvents)
            {
                (nonPoll ??= []).Add(gained);
            }
        }

        return (steps ?? NoIntervals, nonPoll is null ? HistogramSnapshot.Empty : HistogramSnapshot.Merge(nonPoll));
    }

    /// <summary>Queue wait, first agent message, reply round trip and poll hold since the previous tick, for the measures that gained values.</summary>
    private IReadOnlyDictionary<string, IntervalLatency> ChatIntervals()
    {
        Dictionary<string, IntervalLatency>? chat = null;
        Add(StepNames.QueueWait, _queueWait, ref _tickedQueueWait);
        Add(StepNames.FirstAgentMessage, _firstAgentMessage, ref _tickedFirstAgentMessage);
        Add(StepNames.ReplyRtt, _replyRtt, ref _tickedReplyRtt);
        Add(StepNames.PollHold, _pollHold, ref _tickedPollHold);
        return chat ?? NoIntervals;

        void Add(string name, LatencyHistogram histogram, ref HistogramSnapshot ticked)
        {
            var now = histogram.Snapshot();
            var gained = now.Since(ticked);
            ticked = now;
            if (gained.Count > 0)
            {
                (chat ??= new Dictionary<string, IntervalLatency>(StringComparer.Ordinal))[name] = IntervalLatency.Of(gained);
            }
        }
    }

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

    private TimelinePoint[] RecentPoints()
    {
        lock (_timelineGate)
        {
            int first = Math.Max(0, _timeline.Count - RecentWindowPoints);
            return _timeline.GetRange(first, _timeline.Count - first).ToArray();
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

using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Metrics;

public sealed partial class SwarmMetrics
{
    /// <summary>Copies the current totals for the live console and threshold checks.</summary>
    /// <returns>The snapshot.</returns>
    public MetricsSnapshot Snapshot()
    {
        var elapsed = Elapsed;
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        var steps = new List<StepSnapshot>();
        for (int i = 0; i < _steps.Length; i++)
        {
            var s = _steps[i];
            long ok = Volatile.Read(ref s.Ok);
            long fail = Volatile.Read(ref s.Fail);
            if (ok + fail == 0)
            {
                continue;
            }

            var method = (ApiMethod)i;
            steps.Add(new StepSnapshot(StepNames.Of(method), method, ok, fail, Volatile.Read(ref s.BytesIn), Volatile.Read(ref s.BytesOut), s.Latency.Snapshot()));
        }

        long requests = Volatile.Read(ref _requests);
        double seconds = elapsed.TotalSeconds;
        var bots = ReadBots();
        return new MetricsSnapshot
        {
            Elapsed = elapsed,
            ActiveSessions = ActiveSessions,
            PeakSessions = Volatile.Read(ref _peak),
            Sessions = ReadSessions(),
            TotalRequests = requests,
            FailedRequests = Volatile.Read(ref _failed),
            RequestsPerSecond = RecentRequestsPerSecond(seconds, requests),
            OverallRequestsPerSecond = seconds > 0 ? requests / seconds : 0,
            RecentP95Ms = LastP95Ms(),
            ErrorsByCode = ErrorTotalsByCode(),
            Errors = ReadErrors(),
            SessionFailuresByCode = _sessionFailures.ToDictionary(kv => kv.Key, kv => Volatile.Read(ref kv.Value.Value)),
            Steps = steps,
            QueueWait = _queueWait.Snapshot(),
            FirstAgentMessage = _firstAgentMessage.Snapshot(),
            ReplyRtt = _replyRtt.Snapshot(),
            PollHold = _pollHold.Snapshot(),
            Polls = Volatile.Read(ref _steps[(int)ApiMethod.GetNewChatEvents].Ok) + Volatile.Read(ref _steps[(int)ApiMethod.GetNewChatEvents].Fail),
            ConcurrentPollErrors = Volatile.Read(ref _concurrentPollErrors),
            Bots = bots,
            BotChecks = ChecksOf(bots),
            Recent = RecentPoints(),
        };
    }

    private static Dictionary<string, BotCheckCounts> ChecksOf(List<BotScriptSnapshot> bots)
    {
        var checks = new Dictionary<string, BotCheckCounts>(StringComparer.Ordinal);
        foreach (var bot in bots)
        {
            long passed = bot.Count(Bots.Runtime.BotCounter.ExpectationMet);
            long failed = bot.Count(Bots.Runtime.BotCounter.ExpectationFailed);
            if (passed + failed > 0)
            {
                checks[bot.Script] = new BotCheckCounts(passed, failed);
            }
        }

        return checks;
    }

    private List<BotScriptSnapshot> ReadBots()
    {
        var bots = new List<BotScriptSnapshot>(_bots.Count);
        foreach (var (script, counters) in _bots)
        {
            var copy = new long[counters.Length];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = Volatile.Read(ref counters[i]);
            }

            bots.Add(new BotScriptSnapshot(script, copy));
        }

        bots.Sort(static (a, b) => string.CompareOrdinal(a.Script, b.Script));
        return bots;
    }

    private List<ErrorCount> ReadErrors()
    {
        var errors = new List<ErrorCount>(_errors.Count);
        foreach (var (key, counter) in _errors)
        {
            errors.Add(new ErrorCount(StepNames.Of(key.Method), key.Code, counter.Name, counter.Message, Volatile.Read(ref counter.Count)));
        }

        errors.Sort(static (a, b) =>
        {
            int byCount = b.Count.CompareTo(a.Count);
            if (byCount != 0)
            {
                return byCount;
            }

            int byStep = string.CompareOrdinal(a.Step, b.Step);
            return byStep != 0 ? byStep : a.Code.CompareTo(b.Code);
        });
        return errors;
    }
}

using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Tests.TestData;

/// <summary>Deterministic reports built the way the swarm builds them: by recording into histograms.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public const string XssMessage = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss=2\">";

    private static readonly string[] StepNames = ["check_availability", "request_chat", "send_events", "get_events"];

    /// <summary>A small fixed report with every section filled.</summary>
    public static RunReport Fixed() => Build(new Recorder(seed: 7, sessions: 40, seconds: 60, sampleEvery: 1), "run-fixed", shardFilter: null);

    /// <summary>The whole run and its two shards (even and odd sessions), recorded from the same events.</summary>
    public static (RunReport Whole, RunReport A, RunReport B) WholeAndHalves()
    {
        var recorder = new Recorder(seed: 11, sessions: 60, seconds: 30, sampleEvery: 1);
        return (Build(recorder, "run-split", null), Build(recorder, "run-split", 0), Build(recorder, "run-split", 1));
    }

    /// <summary>A long run: <paramref name="seconds"/> of timeline and <paramref name="sessions"/> sessions.</summary>
    public static RunReport Long(int sessions, int seconds) =>
        Build(new Recorder(seed: 3, sessions: sessions, seconds: seconds, sampleEvery: 1), "run-long", null);

    private static RunReport Build(Recorder rec, string id, int? shardFilter)
    {
        bool Mine(int session) => shardFilter is null || session % 2 == shardFilter;
        var steps = new List<StepStats>();
        foreach (var name in StepNames)
        {
            var h = new LatencyHistogram();
            long ok = 0, fail = 0, bytesIn = 0, bytesOut = 0;
            foreach (var call in rec.Calls.Where(c => c.Step == name && Mine(c.Session)))
            {
                h.RecordMicroseconds(call.Us);
                if (call.Code == 0)
                {
                    ok++;
                }
                else
                {
                    fail++;
                }

                bytesIn += 300 + (call.Us % 700);
                bytesOut += 120;
            }

            steps.Add(StepStats.Create(name, ok, fail, bytesIn, bytesOut, h.Snapshot(), rec.Seconds));
        }

        var errors = rec.Calls.Where(c => c.Code != 0 && Mine(c.Session))
            .GroupBy(c => (c.Step, c.Code))
            .Select(g => new ErrorStats
            {
                Step = g.Key.Step,
                Code = g.Key.Code,
                Name = Names[g.Key.Code],
                Message = g.Key.Code == 5500 ? XssMessage : Names[g.Key.Code],
                Count = g.LongCount(),
            })
            .OrderByDescending(e => e.Count).ThenBy(e => e.Code).ThenBy(e => e.Step, StringComparer.Ordinal)
            .ToList();

        var queue = new LatencyHistogram();
        var first = new LatencyHistogram();
        var reply = new LatencyHistogram();
        int sessions = 0;
        for (int s = 0; s < rec.Sessions; s++)
        {
            if (!Mine(s))
            {
                continue;
            }

            sessions++;
            queue.RecordMicroseconds(rec.QueueUs[s]);
            first.RecordMicroseconds(rec.QueueUs[s] + 400_000);
            reply.RecordMicroseconds(rec.ReplyUs[s]);
        }

        var timeline = new List<TimelinePoint>();
        for (int t = 1; t <= rec.Seconds; t++)
        {
            var calls = rec.Calls.Where(c => c.Second == t - 1 && Mine(c.Session)).ToList();
            var h = new LatencyHistogram();
            foreach (var c in calls)
            {
                h.RecordMicroseconds(c.Us);
            }

            var snap = h.Snapshot();
            timeline.Add(new TimelinePoint
            {
                T = t,
                ActiveSessions = Enumerable.Range(0, rec.Sessions).Count(s => Mine(s) && rec.ActiveAt(s, t)),
                Requests = calls.Count,
                Rps = calls.Count,
                Errors = calls.Count(c => c.Code != 0),
                ErrorsByCode = new SortedDictionary<int, long>(calls.Where(c => c.Code != 0).GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.LongCount())),
                P50Ms = Math.Round(snap.PercentileMicroseconds(50) / 1000, 3),
                P95Ms = Math.Round(snap.PercentileMicroseconds(95) / 1000, 3),
                P99Ms = Math.Round(snap.PercentileMicroseconds(99) / 1000, 3),
                Histogram = snap.ToData(),
                SessionStarts = Enumerable.Range(0, rec.Sessions).Count(s => Mine(s) && rec.ActiveAt(s, t) && !rec.ActiveAt(s, t - 1)),
                SessionEnds = Enumerable.Range(0, rec.Sessions).Count(s => Mine(s) && !rec.ActiveAt(s, t) && rec.ActiveAt(s, t - 1)),
                Restarts = Enumerable.Range(0, rec.Sessions).Count(s => Mine(s) && rec.ActiveAt(s, t) && (s + t) % 11 == 0),
                PlannedSessions = Enumerable.Range(0, rec.Sessions).Count(Mine),
                Steps = Intervals(calls.Select(c => (c.Step, c.Us))),
                Chat = Intervals(Enumerable.Range(0, rec.Sessions)
                    .Where(s => Mine(s) && rec.ActiveAt(s, t) && !rec.ActiveAt(s, t - 1))
                    .SelectMany(s => new[] { ("queue_wait", rec.QueueUs[s]), ("reply_rtt", rec.ReplyUs[s]) })),
            });
        }

        int half = shardFilter is null ? 1 : 2;
        return new RunReport
        {
            Run = new RunInfo
            {
                Id = id,
                Profile = "smoke <b>tenant</b>",
                TargetBaseUrl = "http://127.0.0.1:5099",
                StartedAt = Start,
                DurationS = rec.Seconds,
                Shards = 1,
                Seed = 42,
                ToolVersion = "0.1.0",
                Machine = new MachineInfo { Os = "Debian GNU/Linux 13", Cores = 2, DotnetVersion = "10.0.0" },
            },
            Sessions = new SessionStats
            {
                Started = sessions,
                Queued = sessions * 9 / 10,
                Connected = sessions * 8 / 10,
                Completed = sessions * 7 / 10,
                Failed = sessions / 10,
                Lost = sessions / 10,
                Abandoned = sessions / 10,
                Restarts = sessions / 10,
                PeakConcurrent = timeline.Max(p => p.ActiveSessions),
            },
            Steps = steps,
            Errors = errors,
            Polls = new PollStats { Count = 400 / half, MeanHoldMs = 2500, ConcurrentPollErrors = errors.Where(e => e.Code == 5509).Sum(e => e.Count) },
            Chat = ChatStats.Create(queue.Snapshot(), first.Snapshot(), reply.Snapshot()),
            Bots =
            [
                new BotStats { Script = "faq<i>bot</i>", Conversations = sessions, Completed = sessions * 7 / 10, FormsAnswered = sessions / 2, SecureForms = 2 / half, FilesSent = 4 / half, FilesReceived = 2 / half, ExpectationsMet = sessions * 3, ExpectationsFailed = 2 / half },
            ],
            Lifecycle = new SortedDictionary<string, long>(StringComparer.Ordinal) { ["chat_started"] = sessions, ["widget_opened"] = sessions, ["chat_ended"] = sessions * 7 / 10 },
            Timeline = timeline,
            Thresholds =
            [
                new ThresholdResult { Expression = "p95(send_events) < 800ms", Held = true, Value = 612.5 },
                new ThresholdResult { Expression = "error_rate < 1%", Held = false, Value = 2.4 },
            ],
        };
    }

    private static Dictionary<string, IntervalLatency> Intervals(IEnumerable<(string Name, long Us)> values)
    {
        var result = new Dictionary<string, IntervalLatency>(StringComparer.Ordinal);
        foreach (var g in values.GroupBy(v => v.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var h = new LatencyHistogram();
            foreach (var (_, us) in g)
            {
                h.RecordMicroseconds(us);
            }

            result[g.Key] = IntervalLatency.Of(h.Snapshot());
        }

        return result;
    }

    private static readonly Dictionary<int, string> Names = new()
    {
        [5001] = "No server is available to accept chat connection",
        [5509] = "Too many concurrent poll requests for the same session",
        [5500] = "[internal server error message]",
    };

    private sealed record Call(int Session, int Second, string Step, long Us, int Code);

    private sealed class Recorder
    {
        public Recorder(int seed, int sessions, int seconds, int sampleEvery)
        {
            var random = new Random(seed);
            Sessions = sessions;
            Seconds = seconds;
            QueueUs = new long[sessions];
            ReplyUs = new long[sessions];
            Begin = new int[sessions];
            End = new int[sessions];
            for (int s = 0; s < sessions; s++)
            {
                Begin[s] = random.Next(0, Math.Max(1, seconds - 5));
                End[s] = Math.Min(seconds, Begin[s] + 5 + random.Next(0, 20));
                QueueUs[s] = 200_000 + random.Next(0, 3_000_000);
                ReplyUs[s] = 50_000 + random.Next(0, 900_000);
                for (int t = Begin[s]; t < End[s]; t += sampleEvery)
                {
                    foreach (var step in StepNames)
                    {
                        if (step == "check_availability" && t != Begin[s])
                        {
                            continue;
                        }

                        long us = step == "get_events" ? 400_000 + random.Next(0, 1_400_000) : 2_000 + (long)(Math.Exp(random.NextDouble() * 6) * 1000);
                        int roll = random.Next(0, 200);
                        int code = roll switch { < 3 => 5001, 3 => 5509, 4 => 5500, _ => 0 };
                        Calls.Add(new Call(s, t, step, us, code));
                    }
                }
            }
        }

        public int Sessions { get; }

        public int Seconds { get; }

        public long[] QueueUs { get; }

        public long[] ReplyUs { get; }

        public int[] Begin { get; }

        public int[] End { get; }

        public List<Call> Calls { get; } = [];

        public bool ActiveAt(int session, int t) => Begin[session] < t && t <= End[session];
    }
}

using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Tests.TestData;

/// <summary>
/// A long run's report built quickly: per-second timeline samples with interval histograms and step
/// histograms fed from a seeded random source. Shared with bench/reports (linked source).
/// </summary>
internal static class LongRunReport
{
    /// <param name="sessions">Sessions over the run; a quarter of them are active at the plateau.</param>
    /// <param name="seconds">Run length, one timeline sample per second.</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="requestsPerSecond">Cap on recorded calls per second; rendering cost depends on the sample count, not on this.</param>
    public static RunReport Build(int sessions, int seconds, int seed = 1, int requestsPerSecond = int.MaxValue)
    {
        var random = new Random(seed);
        string[] steps = ["check_availability", "get_configuration", "request_chat", "send_events", "get_events", "get_history", "upload_file", "get_file"];
        var histograms = steps.ToDictionary(s => s, _ => new LatencyHistogram());
        var ok = steps.ToDictionary(s => s, _ => 0L);
        var fail = steps.ToDictionary(s => s, _ => 0L);
        var errorCounts = new Dictionary<(string Step, int Code), long>();
        int[] codes = [5001, 5509, 5000, 5005, 5500];
        var timeline = new List<TimelinePoint>(seconds);
        double rampSeconds = Math.Max(1, seconds / 10.0);
        for (int t = 1; t <= seconds; t++)
        {
            long active = (long)(sessions * 0.25 * Math.Min(1, t / rampSeconds) * (0.9 + (0.1 * Math.Sin(t / 60.0))));
            int requests = Math.Min(requestsPerSecond, (int)(active / 4) + random.Next(0, 20));
            var interval = new LatencyHistogram();
            var perStep = steps.ToDictionary(s => s, _ => new LatencyHistogram());
            var byCode = new SortedDictionary<int, long>();
            long errors = 0;
            for (int i = 0; i < requests; i++)
            {
                string step = steps[random.Next(steps.Length)];
                long us = step == "get_events" ? 200_000 + random.Next(0, 2_000_000) : (long)(Math.Exp(random.NextDouble() * 7) * 1000);
                histograms[step].RecordMicroseconds(us);
                interval.RecordMicroseconds(us);
                perStep[step].RecordMicroseconds(us);
                if (random.Next(0, 100) == 0)
                {
                    int code = codes[random.Next(codes.Length)];
                    fail[step]++;
                    errors++;
                    byCode[code] = byCode.GetValueOrDefault(code) + 1;
                    errorCounts[(step, code)] = errorCounts.GetValueOrDefault((step, code)) + 1;
                }
                else
                {
                    ok[step]++;
                }
            }

            var snap = interval.Snapshot();
            timeline.Add(new TimelinePoint
            {
                T = t,
                ActiveSessions = active,
                Requests = requests,
                Rps = requests,
                Errors = errors,
                ErrorsByCode = byCode,
                P50Ms = Math.Round(snap.PercentileMicroseconds(50) / 1000, 3),
                P95Ms = Math.Round(snap.PercentileMicroseconds(95) / 1000, 3),
                P99Ms = Math.Round(snap.PercentileMicroseconds(99) / 1000, 3),
                Histogram = snap.ToData(),
                PlannedSessions = sessions / 4,
                Steps = perStep.Select(kv => (kv.Key, Snapshot: kv.Value.Snapshot())).Where(x => x.Snapshot.Count > 0)
                    .ToDictionary(x => x.Key, x => IntervalLatency.Of(x.Snapshot), StringComparer.Ordinal),
            });
        }

        var chatQueue = new LatencyHistogram();
        var chatFirst = new LatencyHistogram();
        var chatReply = new LatencyHistogram();
        for (int s = 0; s < sessions; s++)
        {
            long queue = 100_000 + random.Next(0, 20_000_000);
            chatQueue.RecordMicroseconds(queue);
            chatFirst.RecordMicroseconds(queue + random.Next(100_000, 2_000_000));
            chatReply.RecordMicroseconds(random.Next(50_000, 3_000_000));
        }

        return new RunReport
        {
            Run = new RunInfo
            {
                Id = "long-run",
                Profile = "soak",
                TargetBaseUrl = "http://127.0.0.1:5099",
                StartedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
                DurationS = seconds,
                Seed = seed,
                ToolVersion = "0.1.0",
                Machine = MachineInfo.Current(),
            },
            Sessions = new SessionStats { Started = sessions, Queued = sessions, Connected = sessions * 95 / 100, Completed = sessions * 93 / 100, Failed = sessions * 5 / 100, Restarts = sessions / 50, PeakConcurrent = timeline.Max(p => p.ActiveSessions) },
            Steps = steps.Select(s => StepStats.Create(s, ok[s], fail[s], ok[s] * 900, ok[s] * 200, histograms[s].Snapshot(), seconds)).ToList(),
            Errors = errorCounts.Select(kv => new ErrorStats { Step = kv.Key.Step, Code = kv.Key.Code, Name = $"error {kv.Key.Code}", Message = $"server said {kv.Key.Code}", Count = kv.Value })
                .OrderByDescending(e => e.Count).ToList(),
            Polls = new PollStats { Count = ok["get_events"] + fail["get_events"], MeanHoldMs = 1200, ConcurrentPollErrors = errorCounts.Where(kv => kv.Key.Code == 5509).Sum(kv => kv.Value) },
            Chat = ChatStats.Create(chatQueue.Snapshot(), chatFirst.Snapshot(), chatReply.Snapshot()),
            Bots = Enumerable.Range(1, 12).Select(i => new BotStats { Script = $"script-{i}", Conversations = sessions / 12, Completed = sessions / 13, FormsAnswered = i * 10, ExpectationsMet = sessions / 4 }).ToList(),
            Lifecycle = new SortedDictionary<string, long>(StringComparer.Ordinal) { ["chat_started"] = sessions, ["chat_ended"] = sessions * 93 / 100, ["widget_opened"] = sessions },
            Timeline = timeline,
            Thresholds = [new ThresholdResult { Expression = "p95(send_events) < 800ms", Held = true, Value = 300 }],
        };
    }
}

using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Serialization;

/// <summary>
/// Restores defaults the JSON left out. The source-generated deserializer builds init-only records with
/// an object initializer, so an absent property arrives as null/0 instead of its declared default; this
/// pass puts the defaults back and rejects null array elements with a message naming the element.
/// </summary>
internal static class ReportNormalizer
{
    public static RunReport Normalize(RunReport r, string source)
    {
        var run = r.Run ?? throw new ReportFormatException($"{source}: field 'run' is null; expected the run description");
        var chat = r.Chat ?? new ChatStats();
        var chatHistograms = chat.Histograms ?? new ChatHistograms();
        return r with
        {
            Run = run with
            {
                Id = run.Id ?? "",
                Profile = run.Profile ?? "",
                TargetBaseUrl = run.TargetBaseUrl ?? "",
                Shards = Math.Max(1, run.Shards),
                ToolVersion = run.ToolVersion ?? "",
                Machine = run.Machine is null ? new MachineInfo() : run.Machine with
                {
                    Os = run.Machine.Os ?? "",
                    DotnetVersion = run.Machine.DotnetVersion ?? "",
                },
            },
            Sessions = r.Sessions ?? new SessionStats(),
            Steps = List(r.Steps, "steps", source, s => s with
            {
                Name = s.Name ?? "",
                LatencyMs = s.LatencyMs ?? new LatencyStats(),
                Histogram = Histogram(s.Histogram),
            }),
            Errors = List(r.Errors, "errors", source, e => e with { Step = e.Step ?? "", Name = e.Name ?? "", Message = e.Message ?? "" }),
            Polls = r.Polls ?? new PollStats(),
            Chat = chat with
            {
                QueueWaitMs = chat.QueueWaitMs ?? new LatencyStats(),
                FirstAgentMessageMs = chat.FirstAgentMessageMs ?? new LatencyStats(),
                ReplyRttMs = chat.ReplyRttMs ?? new LatencyStats(),
                Histograms = chatHistograms with
                {
                    QueueWait = Histogram(chatHistograms.QueueWait),
                    FirstAgentMessage = Histogram(chatHistograms.FirstAgentMessage),
                    ReplyRtt = Histogram(chatHistograms.ReplyRtt),
                },
            },
            Bots = List(r.Bots, "bots", source, b => b with { Script = b.Script ?? "" }),
            Lifecycle = r.Lifecycle ?? new Dictionary<string, long>(),
            Timeline = List(r.Timeline, "timeline", source, p => p with
            {
                ErrorsByCode = p.ErrorsByCode ?? new Dictionary<int, long>(),
                Histogram = p.Histogram is null ? null : Histogram(p.Histogram),
                Steps = Intervals(p.Steps),
                Chat = Intervals(p.Chat),
            }),
            Thresholds = List(r.Thresholds, "thresholds", source, t => t with { Expression = t.Expression ?? "" }),
            LoadProfile = r.LoadProfile is not { } p ? null : p with
            {
                Name = p.Name ?? "",
                Description = p.Description ?? "",
                Phases = (p.Phases ?? []).Select(x => x ?? "").ToList(),
                Mix = (p.Mix ?? []).Where(m => m is not null).Select(m => m with { Script = m.Script ?? "" }).ToList(),
                Thresholds = (p.Thresholds ?? []).Select(x => x ?? "").ToList(),
            },
            Transcripts = List(r.Transcripts, "transcripts", source, t => t with
            {
                Kind = t.Kind ?? "",
                File = t.File ?? "",
                Script = t.Script ?? "",
                ChatId = t.ChatId ?? "",
                Reason = t.Reason ?? "",
            }),
        };
    }

    // A null entry (hand-edited JSON) means no values, like an absent one.
    private static IReadOnlyDictionary<string, IntervalLatency>? Intervals(IReadOnlyDictionary<string, IntervalLatency>? intervals) =>
        intervals?.Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value with { Histogram = kv.Value.Histogram is null ? null : Histogram(kv.Value.Histogram) }, StringComparer.Ordinal);

    private static HistogramData Histogram(HistogramData? h) => h is null
        ? new HistogramData()
        : h with
        {
            // 0 is no valid layout, so it can only mean the field was absent.
            SubBucketBits = h.SubBucketBits == 0 ? HistogramLayout.SubBucketBits : h.SubBucketBits,
            Buckets = h.Buckets ?? "",
        };

    private static List<T> List<T>(IReadOnlyList<T>? items, string field, string source, Func<T, T> normalize)
        where T : class
    {
        var result = new List<T>(items?.Count ?? 0);
        if (items is null)
        {
            return result;
        }

        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw new ReportFormatException($"{source}: {field}[{i}] is null; expected an object");
            result.Add(normalize(item));
        }

        return result;
    }
}

using System.Globalization;
using System.Text;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Monitoring.Live;
using ChatSwarm.Reports.Histograms;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Monitoring.Prometheus;

/// <summary>
/// Writes a <see cref="LiveFrame"/> as Prometheus text exposition format 0.0.4. Latency histograms are written as exact
/// classic histograms from the run's fixed-size histograms: <c>_count</c> and <c>_sum</c> are exact; each
/// <c>_bucket{le}</c> counts the values whose internal bucket (at most 0.78% wide) lies at or below the bound.
/// </summary>
internal static class PrometheusText
{
    /// <summary>The content type Prometheus expects for this format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private static readonly long[] BoundsMicroseconds = MetricCatalog.BucketBounds.Select(b => (long)Math.Round(b * 1_000_000)).ToArray();
    private static readonly string[] BoundLabels = MetricCatalog.BucketBounds.Select(b => b.ToString("R", CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] BotResultNames = Enum.GetValues<BotCounter>().Select(c => SnakeCase(c.ToString())).ToArray();

    public static string Write(LiveFrame frame, string? worker)
    {
        var w = new Writer(new StringBuilder(8192), worker);
        var progress = frame.Progress;
        var m = progress.Metrics;

        w.Header(MetricCatalog.SessionsActive);
        w.Sample(MetricCatalog.SessionsActive.Name, [], m.ActiveSessions);
        // Every family keeps its HELP/TYPE even without samples, so dashboards and scrapers always find the name.
        w.Header(MetricCatalog.SessionsTarget);
        if (progress.TargetSessions is { } target)
        {
            w.Sample(MetricCatalog.SessionsTarget.Name, [], target);
        }

        w.Header(MetricCatalog.ArrivalRate);
        if (progress.ArrivalRate is { } rate)
        {
            w.Sample(MetricCatalog.ArrivalRate.Name, [], rate);
        }

        w.Header(MetricCatalog.Sessions);
        foreach (var (state, value) in SessionStates(m.Sessions))
        {
            w.Sample(MetricCatalog.Sessions.Name, [("state", state)], value);
        }

        w.Header(MetricCatalog.Restarts);
        w.Sample(MetricCatalog.Restarts.Name, [], m.Sessions.Restarts);

        w.Header(MetricCatalog.Requests);
        foreach (var step in m.Steps)
        {
            w.Sample(MetricCatalog.Requests.Name, [("step", step.Name)], step.Calls);
        }

        w.Header(MetricCatalog.RequestErrors);
        foreach (var error in m.Errors)
        {
            w.Sample(MetricCatalog.RequestErrors.Name, [("step", error.Step), ("code", error.Code.ToString(CultureInfo.InvariantCulture))], error.Count);
        }

        w.Header(MetricCatalog.RequestDuration);
        foreach (var step in m.Steps)
        {
            w.Histogram(MetricCatalog.RequestDuration.Name, ("step", step.Name), step.Latency);
        }

        w.Header(MetricCatalog.PollHold);
        w.Histogram(MetricCatalog.PollHold.Name, null, m.PollHold);
        w.Header(MetricCatalog.QueueWait);
        w.Histogram(MetricCatalog.QueueWait.Name, null, m.QueueWait);
        w.Header(MetricCatalog.FirstAgentMessage);
        w.Histogram(MetricCatalog.FirstAgentMessage.Name, null, m.FirstAgentMessage);
        w.Header(MetricCatalog.ReplyRtt);
        w.Histogram(MetricCatalog.ReplyRtt.Name, null, m.ReplyRtt);

        w.Header(MetricCatalog.ConcurrentPollErrors);
        w.Sample(MetricCatalog.ConcurrentPollErrors.Name, [], m.ConcurrentPollErrors);

        w.Header(MetricCatalog.BotEvents);
        foreach (var bot in m.Bots)
        {
            for (int i = 0; i < bot.Counts.Count && i < BotResultNames.Length; i++)
            {
                w.Sample(MetricCatalog.BotEvents.Name, [("script", bot.Script), ("result", BotResultNames[i])], bot.Counts[i]);
            }
        }

        w.Header(MetricCatalog.ThresholdHeld);
        foreach (var threshold in frame.Thresholds)
        {
            w.Sample(MetricCatalog.ThresholdHeld.Name, [("threshold", threshold.Expression)], threshold.Held ? 1 : 0);
        }

        w.Header(MetricCatalog.Elapsed);
        w.Sample(MetricCatalog.Elapsed.Name, [], progress.Elapsed.TotalSeconds);
        w.Header(MetricCatalog.Phase);
        w.Sample(MetricCatalog.Phase.Name, [], progress.Stopping ? 0 : progress.PhaseIndex + 1);
        return w.ToString();
    }

    /// <summary>The cumulative session counts by state label, in a fixed order.</summary>
    internal static IEnumerable<(string State, long Value)> SessionStates(SessionCounts s)
    {
        yield return ("started", s.Started);
        yield return ("queued", s.Queued);
        yield return ("connected", s.Connected);
        yield return ("completed", s.Completed);
        yield return ("failed", s.Failed);
        yield return ("ended_by_run", s.EndedByRun);
        yield return ("lost", s.Lost);
    }

    /// <summary>The bot result label of a counter, e.g. conversation_completed.</summary>
    internal static string BotResultName(BotCounter counter) => (uint)counter < (uint)BotResultNames.Length ? BotResultNames[(int)counter] : SnakeCase(counter.ToString());

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private readonly struct Writer(StringBuilder sb, string? worker)
    {
        public void Header(MetricInfo info)
        {
            sb.Append("# HELP ").Append(info.Name).Append(' ').Append(info.Help).Append('\n');
            sb.Append("# TYPE ").Append(info.Name).Append(' ').Append(info.Kind switch
            {
                MetricKind.Counter => "counter",
                MetricKind.Gauge => "gauge",
                _ => "histogram",
            }).Append('\n');
        }

        public void Sample(string name, ReadOnlySpan<(string Name, string Value)> labels, double value)
        {
            sb.Append(name);
            Labels(labels, null);
            sb.Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        public void Sample(string name, ReadOnlySpan<(string Name, string Value)> labels, long value)
        {
            sb.Append(name);
            Labels(labels, null);
            sb.Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        public void Histogram(string name, (string Name, string Value)? label, HistogramSnapshot histogram)
        {
            ReadOnlySpan<(string, string)> labels = label is { } l ? [l] : [];
            var counts = histogram.CountBelow(BoundsMicroseconds);
            long cumulative = 0;
            for (int i = 0; i < BoundLabels.Length; i++)
            {
                cumulative += counts[i];
                sb.Append(name).Append("_bucket");
                Labels(labels, BoundLabels[i]);
                sb.Append(' ').Append(cumulative.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            sb.Append(name).Append("_bucket");
            Labels(labels, "+Inf");
            sb.Append(' ').Append(histogram.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            sb.Append(name).Append("_sum");
            Labels(labels, null);
            sb.Append(' ').Append((histogram.SumMicroseconds / 1_000_000.0).ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            sb.Append(name).Append("_count");
            Labels(labels, null);
            sb.Append(' ').Append(histogram.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        public override string ToString() => sb.ToString();

        private void Labels(ReadOnlySpan<(string Name, string Value)> labels, string? le)
        {
            if (labels.Length == 0 && le is null && worker is null)
            {
                return;
            }

            sb.Append('{');
            var first = true;
            foreach (var (n, v) in labels)
            {
                Label(n, v, ref first);
            }

            if (worker is not null)
            {
                Label("worker", worker, ref first);
            }

            if (le is not null)
            {
                Label("le", le, ref first);
            }

            sb.Append('}');
        }

        private void Label(string name, string value, ref bool first)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            sb.Append(name).Append("=\"");
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': sb.Append("\\\\"); break;
                    case '"': sb.Append("\\\""); break;
                    case '\n': sb.Append("\\n"); break;
                    default: sb.Append(c); break;
                }
            }

            sb.Append('"');
        }
    }
}

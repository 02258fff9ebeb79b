using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using ChatSwarm.Monitoring.Live;
using ChatSwarm.Monitoring.Prometheus;
using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Monitoring.Otlp;

/// <summary>
/// The <c>ChatSwarm</c> meter. Counters and gauges are observable: their callbacks read the latest <see cref="LiveFrame"/>
/// when an exporter collects, so the customers' hot path records nothing extra. System.Diagnostics.Metrics has no
/// observable histogram, so once a second <see cref="Replay"/> records into real histograms the values the run's own
/// fixed-size histograms gained since the last second (at their bucket's representative value), off the hot path.
/// </summary>
internal sealed class ChatSwarmInstruments : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "ChatSwarm";

    private readonly Meter _meter;
    private readonly Func<LiveFrame?> _read;
    private readonly KeyValuePair<string, object?>[] _worker;
    private readonly Histogram<double> _requestDuration;
    private readonly Histogram<double> _pollHold;
    private readonly Histogram<double> _queueWait;
    private readonly Histogram<double> _firstAgentMessage;
    private readonly Histogram<double> _replyRtt;
    private readonly Dictionary<string, Dictionary<long, long>> _replayed = new(StringComparer.Ordinal);

    public ChatSwarmInstruments(Func<LiveFrame?> read, string? worker)
    {
        _read = read;
        _worker = worker is null ? [] : [new("worker", worker)];
        _meter = new Meter(MeterName, typeof(ChatSwarmInstruments).Assembly.GetName().Version?.ToString());

        Gauge(MetricCatalog.SessionsActive, f => [Measure(f.Progress.Metrics.ActiveSessions)]);
        Gauge(MetricCatalog.SessionsTarget, f => f.Progress.TargetSessions is { } t ? [Measure(t)] : []);
        _meter.CreateObservableGauge(MetricCatalog.ArrivalRate.OtelName, () => Observe(f => f.Progress.ArrivalRate is { } r ? [new Measurement<double>(r, _worker)] : []), MetricCatalog.ArrivalRate.Unit, MetricCatalog.ArrivalRate.Help);
        Counter(MetricCatalog.Sessions, f => PrometheusText.SessionStates(f.Progress.Metrics.Sessions).Select(s => Measure(s.Value, ("state", s.State))));
        Counter(MetricCatalog.Restarts, f => [Measure(f.Progress.Metrics.Sessions.Restarts)]);
        Counter(MetricCatalog.Requests, f => f.Progress.Metrics.Steps.Select(s => Measure(s.Calls, ("step", s.Name))));
        Counter(MetricCatalog.RequestErrors, f => f.Progress.Metrics.Errors.Select(e => Measure(e.Count, ("step", e.Step), ("code", e.Code.ToString(CultureInfo.InvariantCulture)))));
        Counter(MetricCatalog.ConcurrentPollErrors, f => [Measure(f.Progress.Metrics.ConcurrentPollErrors)]);
        Counter(MetricCatalog.BotEvents, f => f.Progress.Metrics.Bots.SelectMany(b => b.Counts.Select((n, i) => Measure(n, ("script", b.Script), ("result", PrometheusText.BotResultName((Bots.Runtime.BotCounter)i))))));
        Gauge(MetricCatalog.ThresholdHeld, f => f.Thresholds.Select(t => Measure(t.Held ? 1 : 0, ("threshold", t.Expression))));
        _meter.CreateObservableGauge(MetricCatalog.Elapsed.OtelName, () => Observe(f => [new Measurement<double>(f.Progress.Elapsed.TotalSeconds, _worker)]), MetricCatalog.Elapsed.Unit, MetricCatalog.Elapsed.Help);
        Gauge(MetricCatalog.Phase, f => [Measure(f.Progress.Stopping ? 0 : f.Progress.PhaseIndex + 1)]);

        _requestDuration = Histogram(MetricCatalog.RequestDuration);
        _pollHold = Histogram(MetricCatalog.PollHold);
        _queueWait = Histogram(MetricCatalog.QueueWait);
        _firstAgentMessage = Histogram(MetricCatalog.FirstAgentMessage);
        _replyRtt = Histogram(MetricCatalog.ReplyRtt);
    }

    /// <summary>Records into the histogram instruments what each run histogram gained since the previous call.</summary>
    /// <param name="frame">The latest frame.</param>
    public void Replay(LiveFrame frame)
    {
        var m = frame.Progress.Metrics;
        foreach (var step in m.Steps)
        {
            ReplayHistogram(_requestDuration, "step:" + step.Name, step.Latency, new("step", step.Name));
        }

        ReplayHistogram(_pollHold, "poll_hold", m.PollHold, null);
        ReplayHistogram(_queueWait, "queue_wait", m.QueueWait, null);
        ReplayHistogram(_firstAgentMessage, "first_agent_message", m.FirstAgentMessage, null);
        ReplayHistogram(_replyRtt, "reply_rtt", m.ReplyRtt, null);
    }

    public void Dispose() => _meter.Dispose();

    private void ReplayHistogram(Histogram<double> instrument, string key, HistogramSnapshot histogram, KeyValuePair<string, object?>? label)
    {
        if (!instrument.Enabled)
        {
            return;
        }

        if (!_replayed.TryGetValue(key, out var seen))
        {
            seen = [];
            _replayed[key] = seen;
        }

        var tags = new TagList(_worker);
        if (label is { } l)
        {
            tags.Add(l);
        }

        foreach (var (lower, upper, count) in histogram.Buckets())
        {
            seen.TryGetValue(lower, out var before);
            var added = count - before;
            if (added <= 0)
            {
                continue;
            }

            seen[lower] = count;
            double seconds = (upper - lower <= 1 ? lower : lower + ((upper - lower - 1) / 2.0)) / 1_000_000.0;
            for (long i = 0; i < added; i++)
            {
                instrument.Record(seconds, tags);
            }
        }
    }

    private IEnumerable<Measurement<long>> Observe(Func<LiveFrame, IEnumerable<Measurement<long>>> select) =>
        _read() is { } frame ? select(frame).ToArray() : [];

    private IEnumerable<Measurement<double>> Observe(Func<LiveFrame, IEnumerable<Measurement<double>>> select) =>
        _read() is { } frame ? select(frame).ToArray() : [];

    private void Gauge(MetricInfo info, Func<LiveFrame, IEnumerable<Measurement<long>>> select) =>
        _meter.CreateObservableGauge(info.OtelName, () => Observe(select), info.Unit, info.Help);

    private void Counter(MetricInfo info, Func<LiveFrame, IEnumerable<Measurement<long>>> select) =>
        _meter.CreateObservableCounter(info.OtelName, () => Observe(select), info.Unit, info.Help);

    private Histogram<double> Histogram(MetricInfo info) => _meter.CreateHistogram<double>(info.OtelName, info.Unit, info.Help);

    private Measurement<long> Measure(long value, params (string Name, string Value)[] labels)
    {
        var tags = new KeyValuePair<string, object?>[labels.Length + _worker.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            tags[i] = new(labels[i].Name, labels[i].Value);
        }

        _worker.CopyTo(tags, labels.Length);
        return new Measurement<long>(value, tags);
    }
}

using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Reports.Rendering;

/// <summary>Totals every format shows, computed once from the report.</summary>
internal sealed class ReportFacts
{
    public ReportFacts(RunReport report, ReportWriterOptions options)
    {
        Report = report;
        Options = options;
        Ok = report.Steps.Sum(s => s.Ok);
        Failed = report.Steps.Sum(s => s.Fail);
        Requests = Ok + Failed;
        Rps = report.Run.DurationS > 0 ? Requests / report.Run.DurationS : 0;
        ErrorRate = Requests == 0 ? 0 : (double)Failed / Requests;
        CompletionRate = report.Sessions.Started == 0 ? 0 : (double)report.Sessions.Completed / report.Sessions.Started;
        BytesIn = report.Steps.Sum(s => s.BytesIn);
        BytesOut = report.Steps.Sum(s => s.BytesOut);
        var timed = report.Steps.Where(s => !options.LongPollSteps.Contains(s.Name, StringComparer.Ordinal)).ToList();
        AllLatency = HistogramSnapshot.Merge(timed.Select(s => HistogramSnapshot.FromData(s.Histogram)));
        TimedFailed = timed.Sum(s => s.Fail);
        var ranges = AllLatency.CountBelow([(long)(options.FastThresholdMs * 1000), (long)(options.SlowThresholdMs * 1000)]);
        Fast = ranges[0];
        Moderate = ranges[1];
        Slow = ranges[2];
        ThresholdsHeld = report.Thresholds.Count(t => t.Held);
        Hints = HintAdvisor.Advise(this);
    }

    public RunReport Report { get; }

    public ReportWriterOptions Options { get; }

    public long Ok { get; }

    public long Failed { get; }

    public long Requests { get; }

    public double Rps { get; }

    public double ErrorRate { get; }

    public double CompletionRate { get; }

    public long BytesIn { get; }

    public long BytesOut { get; }

    /// <summary>Failed calls of the steps in <see cref="AllLatency"/>.</summary>
    public long TimedFailed { get; }

    /// <summary>Latency of every call of every step except long polls (<see cref="ReportWriterOptions.LongPollSteps"/>).</summary>
    public HistogramSnapshot AllLatency { get; }

    /// <summary>Calls at or under <see cref="ReportWriterOptions.FastThresholdMs"/>.</summary>
    public long Fast { get; }

    /// <summary>Calls between the fast and slow bounds.</summary>
    public long Moderate { get; }

    /// <summary>Calls above <see cref="ReportWriterOptions.SlowThresholdMs"/>.</summary>
    public long Slow { get; }

    public int ThresholdsHeld { get; }

    public IReadOnlyList<Hint> Hints { get; }

    public string FastLabel => $"t ≤ {Format.Number(Options.FastThresholdMs)} ms";

    public string ModerateLabel => $"{Format.Number(Options.FastThresholdMs)} ms < t ≤ {Format.Number(Options.SlowThresholdMs)} ms";

    public string SlowLabel => $"t > {Format.Number(Options.SlowThresholdMs)} ms";
}

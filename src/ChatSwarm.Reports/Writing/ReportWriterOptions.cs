using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Reports.Writing;

/// <summary>How reports are rendered. Checked once by <see cref="ReportWriter"/> (<see cref="Validate"/>).</summary>
public sealed record ReportWriterOptions : IValidatableOptions
{
    /// <summary>Upper bound of the "fast" latency range in ms (Gatling's t &lt; 800 ms); default 800.</summary>
    public double FastThresholdMs { get; init; } = 800;

    /// <summary>Upper bound of the "moderate" latency range in ms (800–1200 ms); default 1200.</summary>
    public double SlowThresholdMs { get; init; } = 1200;

    /// <summary>Most points drawn per time chart; longer timelines are downsampled (report.json keeps all); default 600.</summary>
    public int MaxChartPoints { get; init; } = 600;

    /// <summary>Share of failed requests above which the error-rate hint appears, 0..1; default 0.05.</summary>
    public double ErrorRateHintThreshold { get; init; } = 0.05;

    /// <summary>
    /// Steps that are long polls, held open by the server on purpose; they stay in the step table but are left out
    /// of the latency ranges, the summary p95 and the latency distribution; default ["get_new_chat_events"].
    /// </summary>
    public IReadOnlyList<string> LongPollSteps { get; init; } = ["get_new_chat_events"];

    /// <summary>Options with every default.</summary>
    public static ReportWriterOptions Default { get; } = new();

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="ReportWriter"/> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (!(FastThresholdMs > 0) || double.IsInfinity(FastThresholdMs))
            yield return $"FastThresholdMs is {FastThresholdMs}; expected a positive number of milliseconds";
        if (!(SlowThresholdMs > FastThresholdMs) || double.IsInfinity(SlowThresholdMs))
            yield return $"SlowThresholdMs is {SlowThresholdMs}; expected a finite value greater than FastThresholdMs ({FastThresholdMs})";
        if (MaxChartPoints < 10) yield return $"MaxChartPoints is {MaxChartPoints}; expected at least 10";
        if (LongPollSteps is null || LongPollSteps.Any(string.IsNullOrWhiteSpace))
            yield return "LongPollSteps is null or holds an empty name; expected step names such as get_new_chat_events";
        if (!(ErrorRateHintThreshold >= 0 && ErrorRateHintThreshold <= 1))
            yield return $"ErrorRateHintThreshold is {ErrorRateHintThreshold}; expected a share between 0 and 1";
    }
}

namespace ChatSwarm.Reports.Writing;

/// <summary>How reports are rendered. Call <see cref="Validate"/> (the writer does) before use.</summary>
public sealed record ReportWriterOptions
{
    /// <summary>Upper bound of the "fast" latency range in ms (Gatling's t &lt; 800 ms); default 800.</summary>
    public double FastThresholdMs { get; init; } = 800;

    /// <summary>Upper bound of the "moderate" latency range in ms (800–1200 ms); default 1200.</summary>
    public double SlowThresholdMs { get; init; } = 1200;

    /// <summary>Most points drawn per time chart; longer timelines are downsampled (report.json keeps all); default 600.</summary>
    public int MaxChartPoints { get; init; } = 600;

    /// <summary>Share of failed requests above which the error-rate hint appears, 0..1; default 0.05.</summary>
    public double ErrorRateHintThreshold { get; init; } = 0.05;

    /// <summary>Options with every default.</summary>
    public static ReportWriterOptions Default { get; } = new();

    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the one-line message names it.</exception>
    public ReportWriterOptions Validate()
    {
        if (!(FastThresholdMs > 0) || double.IsInfinity(FastThresholdMs))
        {
            throw new ArgumentException($"ReportWriterOptions.FastThresholdMs is {FastThresholdMs}; expected a positive number of milliseconds");
        }

        if (!(SlowThresholdMs > FastThresholdMs) || double.IsInfinity(SlowThresholdMs))
        {
            throw new ArgumentException($"ReportWriterOptions.SlowThresholdMs is {SlowThresholdMs}; expected a finite value greater than FastThresholdMs ({FastThresholdMs})");
        }

        if (MaxChartPoints < 10)
        {
            throw new ArgumentException($"ReportWriterOptions.MaxChartPoints is {MaxChartPoints}; expected at least 10");
        }

        if (!(ErrorRateHintThreshold >= 0 && ErrorRateHintThreshold <= 1))
        {
            throw new ArgumentException($"ReportWriterOptions.ErrorRateHintThreshold is {ErrorRateHintThreshold}; expected a share between 0 and 1");
        }

        return this;
    }
}

using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Reports.Comparing;

/// <summary>How two runs are compared. Checked once by <see cref="ReportComparer"/> (<see cref="Validate"/>).</summary>
public sealed record ComparisonOptions : IValidatableOptions
{
    /// <summary>
    /// Largest tolerated worsening in percent; default 10. Latencies and throughput compare relatively
    /// (p95 from 100 ms to 111 ms is +11%); error and incompletion rates compare their bad share relatively
    /// (errors from 1% to 1.2% of requests is +20%).
    /// </summary>
    public double MaxRegressionPercent { get; init; } = 10;

    /// <summary>Latency changes smaller than this many ms never give a verdict (timer noise); default 1.</summary>
    public double MinLatencyChangeMs { get; init; } = 1;

    /// <summary>Rate changes smaller than this many percentage points never give a verdict; default 0.1.</summary>
    public double MinRateChangePoints { get; init; } = 0.1;

    /// <summary>
    /// Long-poll steps, held open by the server on purpose: their latency is the hold time, so only their error rate
    /// and throughput are compared; default ["get_new_chat_events"].
    /// </summary>
    public IReadOnlyList<string> LongPollSteps { get; init; } = ["get_new_chat_events"];

    /// <summary>Options with every default.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="ReportComparer"/> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (!(MaxRegressionPercent >= 0) || double.IsInfinity(MaxRegressionPercent))
            yield return $"MaxRegressionPercent is {MaxRegressionPercent}; expected a finite percentage of 0 or more";
        if (!(MinLatencyChangeMs >= 0) || double.IsInfinity(MinLatencyChangeMs))
            yield return $"MinLatencyChangeMs is {MinLatencyChangeMs}; expected a finite number of milliseconds, 0 or more";
        if (!(MinRateChangePoints >= 0) || MinRateChangePoints > 100)
            yield return $"MinRateChangePoints is {MinRateChangePoints}; expected percentage points between 0 and 100";
        if (LongPollSteps is null || LongPollSteps.Any(string.IsNullOrWhiteSpace))
            yield return "LongPollSteps is null or holds an empty name; expected step names such as get_new_chat_events";
    }
}

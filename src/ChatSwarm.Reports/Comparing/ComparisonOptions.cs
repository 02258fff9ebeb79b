namespace ChatSwarm.Reports.Comparing;

/// <summary>How two runs are compared. Call <see cref="Validate"/> (the comparer does) before use.</summary>
public sealed record ComparisonOptions
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

    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the one-line message names it.</exception>
    public ComparisonOptions Validate()
    {
        if (!(MaxRegressionPercent >= 0) || double.IsInfinity(MaxRegressionPercent))
        {
            throw new ArgumentException($"ComparisonOptions.MaxRegressionPercent is {MaxRegressionPercent}; expected a finite percentage of 0 or more");
        }

        if (!(MinLatencyChangeMs >= 0) || double.IsInfinity(MinLatencyChangeMs))
        {
            throw new ArgumentException($"ComparisonOptions.MinLatencyChangeMs is {MinLatencyChangeMs}; expected a finite number of milliseconds, 0 or more");
        }

        if (!(MinRateChangePoints >= 0) || MinRateChangePoints > 100)
        {
            throw new ArgumentException($"ComparisonOptions.MinRateChangePoints is {MinRateChangePoints}; expected percentage points between 0 and 100");
        }

        if (LongPollSteps is null || LongPollSteps.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("ComparisonOptions.LongPollSteps is null or holds an empty name; expected step names such as get_new_chat_events");
        }

        return this;
    }
}

namespace ChatSwarm.Swarm.Thresholds;

/// <summary>The outcome of checking one threshold against a metrics snapshot.</summary>
/// <param name="Expression">The threshold as written, e.g. "p95(request_chat) &lt; 2s".</param>
/// <param name="Held">Whether it held (a threshold without data yet holds).</param>
/// <param name="Value">The measured value in the expression's unit (percent, milliseconds, count or per second); NaN when there is no data yet.</param>
/// <param name="Display">A one-line human form, e.g. "p95(request_chat) = 245ms (limit &lt; 2s)".</param>
public sealed record ThresholdResult(string Expression, bool Held, double Value, string Display)
{
    /// <summary>The report model's form of this result (NaN becomes a missing value).</summary>
    /// <returns>The report entry.</returns>
    public Reports.Model.ThresholdResult ToReport() => new()
    {
        Expression = Expression,
        Held = Held,
        Value = double.IsNaN(Value) ? null : Math.Round(Value, 6),
    };
}

using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Simulator.Faults;

/// <summary>Faults to inject: per-method probabilistic rules and outage windows; load one from YAML with <see cref="FaultPlanLoader"/>.</summary>
public sealed record FaultPlan : IValidatableOptions
{
    /// <summary>A plan that injects nothing.</summary>
    public static FaultPlan None { get; } = new();

    /// <summary>Seed for fault dice; null uses the simulator seed; default null.</summary>
    public int? Seed { get; init; }

    /// <summary>Rules checked in order for each request; latency rules add up, the first hit error rule wins; default empty.</summary>
    public IReadOnlyList<FaultRule> Rules { get; init; } = [];

    /// <summary>Outage windows; default empty.</summary>
    public IReadOnlyList<OutageWindow> Outages { get; init; } = [];

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; a plan is checked as part of <see cref="SimulatorOptions"/>.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (Rules is null) yield return "Rules must not be null";
        if (Outages is null) yield return "Outages must not be null";
        for (var i = 0; i < (Rules?.Count ?? 0); i++)
        {
            var r = Rules![i];
            if (!(r.Probability >= 0 && r.Probability <= 1)) yield return $"Rules[{i}].Probability must be between 0 and 1, got {r.Probability}";
            if (r.Latency < TimeSpan.Zero) yield return $"Rules[{i}].Latency must not be negative";
            if (r.Kind == FaultKind.Latency && r.Latency == TimeSpan.Zero) yield return $"Rules[{i}].Latency must be set for a latency fault";
        }

        for (var i = 0; i < (Outages?.Count ?? 0); i++)
        {
            var o = Outages![i];
            if (o.Start < TimeSpan.Zero || o.Duration <= TimeSpan.Zero) yield return $"Outages[{i}] needs a non-negative start and a positive duration";
        }
    }
}

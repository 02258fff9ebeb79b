namespace ChatSwarm.Swarm.Profiles;

/// <summary>Open model: the arrival rate moves linearly from <paramref name="FromRate"/> to <paramref name="ToRate"/> new sessions per second.</summary>
/// <param name="FromRate">New sessions per second at the start; 0 or more.</param>
/// <param name="ToRate">New sessions per second at the end; 0 or more (not both 0).</param>
/// <param name="Duration">Length of the phase; positive.</param>
public sealed record RampArrivalPhase(double FromRate, double ToRate, TimeSpan Duration) : LoadPhase(Duration)
{
    /// <inheritdoc />
    public override bool IsClosedModel => false;

    /// <inheritdoc />
    public override string Describe() => $"ramp arrival {Format(FromRate)} → {Format(ToRate)} sessions/s over {Format(Duration)}";

    /// <inheritdoc />
    public override IEnumerable<string> FindProblems()
    {
        if (!(FromRate >= 0) || !(ToRate >= 0) || double.IsInfinity(FromRate) || double.IsInfinity(ToRate)) yield return $"{Describe()}: rates must be 0 or more";
        else if (FromRate == 0 && ToRate == 0) yield return $"{Describe()}: starts no sessions; 'to' must be above 0";
        foreach (var problem in base.FindProblems()) yield return problem;
    }

    /// <inheritdoc />
    public override LoadPhase Scale(double factor) => this with { FromRate = FromRate * factor, ToRate = ToRate * factor };
}

namespace ChatSwarm.Swarm.Profiles;

/// <summary>Open model: start <paramref name="RatePerSecond"/> new sessions per second for the duration, however many are open.</summary>
/// <param name="RatePerSecond">New sessions per second; positive.</param>
/// <param name="Duration">Length of the phase; positive.</param>
public sealed record ArrivalPhase(double RatePerSecond, TimeSpan Duration) : LoadPhase(Duration)
{
    /// <inheritdoc />
    public override bool IsClosedModel => false;

    /// <inheritdoc />
    public override string Describe() => $"arrival {Format(RatePerSecond)} sessions/s for {Format(Duration)}";

    /// <inheritdoc />
    public override IEnumerable<string> FindProblems()
    {
        if (!(RatePerSecond > 0) || double.IsInfinity(RatePerSecond)) yield return $"{Describe()}: rate must be a positive number";
        foreach (var problem in base.FindProblems()) yield return problem;
    }

    /// <inheritdoc />
    public override LoadPhase Scale(double factor) => this with { RatePerSecond = RatePerSecond * factor };
}

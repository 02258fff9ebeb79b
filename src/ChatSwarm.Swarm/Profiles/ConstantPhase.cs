namespace ChatSwarm.Swarm.Profiles;

/// <summary>Closed model: keep <paramref name="Sessions"/> sessions open for the duration, starting a new one whenever one ends.</summary>
/// <param name="Sessions">Sessions to keep open; positive.</param>
/// <param name="Duration">Length of the phase; positive.</param>
public sealed record ConstantPhase(int Sessions, TimeSpan Duration) : LoadPhase(Duration)
{
    /// <inheritdoc />
    public override bool IsClosedModel => true;

    /// <inheritdoc />
    public override string Describe() => $"constant {Sessions} sessions for {Format(Duration)}";

    /// <inheritdoc />
    public override IEnumerable<string> FindProblems()
    {
        if (Sessions < 1) yield return $"{Describe()}: sessions must be at least 1";
        foreach (var problem in base.FindProblems()) yield return problem;
    }

    /// <inheritdoc />
    public override LoadPhase Scale(double factor) => this with { Sessions = ScaleCount(Sessions, factor) };
}

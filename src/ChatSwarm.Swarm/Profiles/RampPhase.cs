namespace ChatSwarm.Swarm.Profiles;

/// <summary>Closed model: the number of open sessions moves linearly from <paramref name="From"/> to <paramref name="To"/> over the duration.</summary>
/// <param name="From">Sessions open at the start; 0 or more.</param>
/// <param name="To">Sessions open at the end; 0 or more.</param>
/// <param name="Duration">Length of the ramp; positive.</param>
public sealed record RampPhase(int From, int To, TimeSpan Duration) : LoadPhase(Duration)
{
    /// <inheritdoc />
    public override bool IsClosedModel => true;

    /// <inheritdoc />
    public override string Describe() => $"ramp {From} → {To} sessions over {Format(Duration)}";

    /// <inheritdoc />
    public override IEnumerable<string> FindProblems()
    {
        if (From < 0 || To < 0) yield return $"{Describe()}: from and to must be 0 or more";
        else if (From == 0 && To == 0) yield return $"{Describe()}: opens no sessions; 'to' must be above 0";
        foreach (var problem in base.FindProblems()) yield return problem;
    }

    /// <inheritdoc />
    public override LoadPhase Scale(double factor) => this with { From = ScaleCount(From, factor), To = ScaleCount(To, factor) };
}

namespace ChatSwarm.Swarm.Profiles;

/// <summary>Open model with a rate of zero: start no new sessions for the duration; open sessions carry on to their natural end.</summary>
/// <param name="Duration">Length of the pause; positive.</param>
public sealed record PausePhase(TimeSpan Duration) : LoadPhase(Duration)
{
    /// <inheritdoc />
    public override bool IsClosedModel => false;

    /// <inheritdoc />
    public override string Describe() => $"pause {Format(Duration)}";

    /// <inheritdoc />
    public override LoadPhase Scale(double factor) => this;
}

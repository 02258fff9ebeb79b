namespace ChatSwarm.Actors;

/// <summary>An ordinary message that stops the receiving actor when it is processed, after the messages queued before it.</summary>
public sealed class PoisonPill
{
    /// <summary>The only instance.</summary>
    public static readonly PoisonPill Instance = new();

    private PoisonPill()
    {
    }
}

namespace ChatSwarm.Actors;

/// <summary>Makes the receiving actor fail with <see cref="ActorKilledException"/>; the default decider then stops it.</summary>
public sealed class Kill
{
    /// <summary>The only instance.</summary>
    public static readonly Kill Instance = new();

    private Kill()
    {
    }
}

namespace ChatSwarm.Actors;

/// <summary>
/// Implement on an actor to get a stash; the runtime sets <see cref="Stash"/> after construction. On restart stashed
/// messages go back in front of the mailbox; on stop they go to dead letters.
/// </summary>
public interface IWithUnboundedStash
{
    /// <summary>The stash of the current incarnation (set by the runtime).</summary>
    IStash Stash { get; set; }
}

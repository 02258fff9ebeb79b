namespace ChatSwarm.Actors;

/// <summary>Holds messages aside until the actor is ready for them (Akka's stash).</summary>
public interface IStash
{
    /// <summary>Number of stashed messages.</summary>
    int Count { get; }

    /// <summary>Stashes the message being processed (with its sender).</summary>
    void Stash();

    /// <summary>Puts the oldest stashed message back in front of the mailbox.</summary>
    void Unstash();

    /// <summary>Puts all stashed messages back in front of the mailbox, in their original order.</summary>
    void UnstashAll();

    /// <summary>Removes and returns all stashed messages without delivering them.</summary>
    IReadOnlyList<Envelope> ClearStash();
}

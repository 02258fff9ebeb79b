namespace ChatSwarm.Actors;

/// <summary>What a supervisor does with a failed child.</summary>
public enum Directive
{
    /// <summary>Keep the child's state and continue with the next message (the failing one is dropped).</summary>
    Resume,

    /// <summary>Replace the child's instance with a fresh one from its Props; its mailbox survives.</summary>
    Restart,

    /// <summary>Stop the child permanently.</summary>
    Stop,

    /// <summary>Fail the supervisor itself with the same exception, letting its own supervisor decide.</summary>
    Escalate,
}

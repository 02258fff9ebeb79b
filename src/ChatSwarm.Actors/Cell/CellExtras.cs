namespace ChatSwarm.Actors;

/// <summary>
/// State most actors never need (children, watches, stash overflow, receive timeout, behaviour stack), kept out
/// of <see cref="ActorCell"/> so an idle actor stays small.
/// </summary>
internal sealed class CellExtras
{
    /// <summary>Children by name; also the lock for the children map.</summary>
    public Dictionary<string, ActorCell>? Children;

    /// <summary>Counter for generated child names.</summary>
    public long NextChildId;

    /// <summary>Actors watching this one.</summary>
    public HashSet<InternalActorRef>? Watchers;

    /// <summary>Actors this one watches.</summary>
    public HashSet<IActorRef>? Watching;

    /// <summary>Messages put back in front of the mailbox (unstashed).</summary>
    public Queue<Envelope>? Prepended;

    /// <summary>Pushed behaviours for BecomeStacked.</summary>
    public Stack<Receive?>? BehaviorStack;

    /// <summary>The configured receive timeout.</summary>
    public TimeSpan? ReceiveTimeout;

    /// <summary>Timer that fires the receive timeout.</summary>
    public ITimer? ReceiveTimeoutTimer;

    /// <summary>Generation that invalidates receive-timeout ticks already in flight.</summary>
    public int ReceiveTimeoutGeneration;

    /// <summary>Incarnation number, bumped on every restart.</summary>
    public int Incarnation;

    /// <summary>Restart bookkeeping owned by the parent's strategy.</summary>
    public ChildRestartStats? RestartStats;

    /// <summary>The message being processed when the actor failed (passed to PreRestart).</summary>
    public object? FailedMessage;

    /// <summary>Cause of a restart waiting for children to stop.</summary>
    public Exception? PendingRecreateCause;

    /// <summary>Sync context for async handlers of the current incarnation.</summary>
    public ActorSynchronizationContext? SyncContext;

    /// <summary>Timer scheduler of the current incarnation.</summary>
    public TimerScheduler? Timers;

    /// <summary>Stash of the current incarnation.</summary>
    public UnboundedStash? Stash;
}

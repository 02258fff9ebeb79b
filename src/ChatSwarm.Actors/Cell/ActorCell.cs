namespace ChatSwarm.Actors;

/// <summary>
/// The runtime half of an actor: its reference, context, mailbox and lifecycle in one object, so an idle actor
/// costs this object, a queue stub and its instance. Rarely used state lives in <see cref="CellExtras"/>,
/// allocated on first use.
/// </summary>
internal sealed partial class ActorCell : InternalActorRef, IActorContext
{
    // Per-thread "which actor is running here", exactly like Akka's ActorCell.Current: it gives Tell its implicit
    // sender and lets the ActorBase constructor find its cell. It is execution context, not shared state.
    [ThreadStatic]
    private static ActorCell? t_current;

    private const int FlagCreated = 1;
    private const int FlagSuspended = 2;
    private const int FlagAwaiting = 4;
    private const int FlagTerminating = 8;
    private const int FlagTerminated = 16;
    private const int FlagPendingRecreate = 32;
    private const int FlagConstructing = 64;
    private const int BlocksUser = FlagSuspended | FlagAwaiting | FlagTerminating | FlagTerminated | FlagPendingRecreate;

    private readonly ActorSystem _system;
    private readonly ActorCell? _parent;
    private readonly string _name;
    private readonly Props _props;
    private ActorBase? _actor;
    private Receive? _behavior;
    private CellExtras? _extras;
    private object? _currentMessage;
    private IActorRef? _currentSender;
    private int _state;

    public ActorCell(ActorSystem system, ActorCell? parent, string name, Props props)
    {
        _system = system;
        _parent = parent;
        _name = name;
        _props = props;
        _mailboxHead = _mailboxTail = new MailboxNode();
    }

    /// <summary>The cell whose turn is running on this thread, if any.</summary>
    internal static ActorCell? Current => t_current;

    /// <summary>
    /// The implicit sender for Tell calls: the running actor, else the ambient sender of the current async flow
    /// (which the TestKit sets to its TestActor, as Akka.TestKit does), else none.
    /// </summary>
    internal static IActorRef? CurrentSelf => t_current ?? ImplicitSender.Ambient;

    internal bool IsConstructing => (_state & FlagConstructing) != 0;

    internal bool IsTerminated => (Volatile.Read(ref _state) & FlagTerminated) != 0;

    /// <summary>Counts restarts; lives in the extras because most actors never restart.</summary>
    internal int Incarnation => _extras is { } extras ? Volatile.Read(ref extras.Incarnation) : 0;

    internal string Name => _name;

    internal IActorRef? CurrentSender => _currentSender;

    /// <summary>The message being processed with its sender, or null between messages.</summary>
    internal Envelope? CurrentEnvelope => _currentMessage is { } message ? new Envelope(message, _currentSender) : null;

    internal ChildRestartStats? RestartStats
    {
        get => _extras?.RestartStats;
        set => Extras.RestartStats = value;
    }

    private CellExtras Extras
    {
        get
        {
            var extras = Volatile.Read(ref _extras);
            if (extras is not null)
            {
                return extras;
            }

            Interlocked.CompareExchange(ref _extras, new CellExtras(), null);
            return _extras!;
        }
    }

    /// <inheritdoc />
    public override ActorPath Path => _parent is null ? _system.GuardianPath : _parent.Path.Child(_name);

    /// <inheritdoc />
    public IActorRef Self => this;

    /// <inheritdoc />
    public IActorRef Sender => _currentSender ?? _system.DeadLetters;

    /// <inheritdoc />
    public IActorRef Parent => (IActorRef?)_parent ?? Nobody.Instance;

    /// <inheritdoc />
    public ActorSystem System => _system;

    /// <inheritdoc />
    public Props Props => _props;

    /// <inheritdoc />
    public TimeSpan? ReceiveTimeout => _extras?.ReceiveTimeout;

    /// <inheritdoc />
    public ILoggingAdapter GetLogger() => new LoggingAdapter(_system, Path.ToString());

    /// <inheritdoc />
    public void Become(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        _extras?.BehaviorStack?.Clear();
        _behavior = receive;
    }

    /// <inheritdoc />
    public void BecomeStacked(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        var stack = Extras.BehaviorStack ??= new Stack<Receive?>();
        stack.Push(_behavior);
        _behavior = receive;
    }

    /// <inheritdoc />
    public void UnbecomeStacked()
    {
        var stack = _extras?.BehaviorStack;
        _behavior = stack is { Count: > 0 } ? stack.Pop() : null;
    }

    /// <inheritdoc />
    public void Unbecome() => UnbecomeStacked();

    /// <inheritdoc />
    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor is InternalActorRef target)
        {
            target.SendSystem(new TerminateSystemMessage());
        }
    }

    internal override ActorSystem? OwnerSystem => _system;
}

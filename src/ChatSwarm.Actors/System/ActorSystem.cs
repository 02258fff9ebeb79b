namespace ChatSwarm.Actors;

/// <summary>
/// A hierarchy of actors sharing a clock, a random source, dead letters and an event stream. Top-level actors are
/// children of the user guardian (<c>chatswarm://name/user</c>).
/// </summary>
public sealed partial class ActorSystem : IAsyncDisposable
{
    private readonly ActorCell _guardian;
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _deadLetterCount;

    private ActorSystem(string name, ActorSystemOptions options)
    {
        Name = name;
        Options = options;
        TimeProvider = options.TimeProvider;
        Random = options.Random;
        Throughput = options.Throughput;
        GuardianStrategy = options.GuardianStrategy ?? SupervisorStrategy.DefaultStrategy;
        GuardianPath = new ActorPath(name, null, "user");
        EventStream = new EventStream();
        DeadLetters = new DeadLetterActorRef(this);
        _guardian = new ActorCell(this, null, "user", Props.Create(static () => new GuardianActor()));
        _guardian.SendSystem(new CreateSystemMessage());
    }

    /// <summary>The system's name (letters, digits, '-' and '_').</summary>
    public string Name { get; }

    /// <summary>The options it was created with.</summary>
    public ActorSystemOptions Options { get; }

    /// <summary>The clock used by timers, receive timeouts, backoff and Ask.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The random source (values in [0, 1)).</summary>
    public Func<double> Random { get; }

    /// <summary>Receives messages whose recipient is gone; each is counted and published as <see cref="DeadLetter"/>.</summary>
    public IActorRef DeadLetters { get; }

    /// <summary>Publish/subscribe bus for dead letters, unhandled messages and log events.</summary>
    public EventStream EventStream { get; }

    /// <summary>Number of dead letters so far.</summary>
    public long DeadLetterCount => Interlocked.Read(ref _deadLetterCount);

    /// <summary>Completes when the guardian and all actors have stopped.</summary>
    public Task WhenTerminated => _terminated.Task;

    /// <summary>True once termination finished.</summary>
    public bool IsTerminated => _terminated.Task.IsCompleted;

    /// <summary>The user guardian (parent of top-level actors).</summary>
    public IActorRef Guardian => _guardian;

    internal int Throughput { get; }

    internal SupervisorStrategy GuardianStrategy { get; }

    internal ActorPath GuardianPath { get; }

    /// <summary>Creates a system; throws <see cref="ArgumentException"/> with a one-line reason for an invalid name or options.</summary>
    /// <param name="name">System name: letters, digits, '-' or '_'.</param>
    /// <param name="options">Settings; null uses the defaults.</param>
    public static ActorSystem Create(string name, ActorSystemOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"Actor system name '{name}' must be non-empty and use only letters, digits, '-' or '_'.", nameof(name));
        }

        options ??= new ActorSystemOptions();
        if (options.Validate() is { } error)
        {
            throw new ArgumentException(error, nameof(options));
        }

        return new ActorSystem(name, options);
    }

    /// <summary>Creates a top-level actor.</summary>
    /// <param name="props">How to create it.</param>
    /// <param name="name">Unique top-level name; null generates one.</param>
    public IActorRef ActorOf(Props props, string? name = null) => _guardian.ActorOf(props, name);

    /// <summary>Stops an actor asynchronously (its current message finishes first).</summary>
    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor is InternalActorRef target)
        {
            target.SendSystem(new TerminateSystemMessage());
        }
    }

    /// <summary>A logger whose events carry <paramref name="source"/>.</summary>
    public ILoggingAdapter GetLogger(string source) => new LoggingAdapter(this, source);

    internal void PublishDeadLetter(DeadLetter letter)
    {
        Interlocked.Increment(ref _deadLetterCount);
        try
        {
            Options.OnDeadLetter?.Invoke(letter);
        }
        catch (Exception ex)
        {
            // A faulty callback must not break the mailbox that is dead-lettering.
            Log(ActorLogLevel.Warning, Name, $"OnDeadLetter callback threw: {ex.Message}", null);
        }

        // Events that themselves could not be delivered are counted but not republished, which would loop.
        if (letter.Message is not (DeadLetter or UnhandledMessage or ActorLogEvent))
        {
            EventStream.Publish(letter);
        }
    }

    internal void PublishUnhandled(UnhandledMessage unhandled)
    {
        if (EventStream.HasSubscribers(typeof(UnhandledMessage)))
        {
            EventStream.Publish(unhandled);
        }

        if (Options.MinimumLogLevel <= ActorLogLevel.Debug)
        {
            Log(ActorLogLevel.Debug, unhandled.Recipient.Path.ToString(), $"Unhandled message {unhandled.Message.GetType().Name}", null);
        }
    }

    internal void Log(ActorLogLevel level, string source, string message, Exception? cause)
    {
        if (level < Options.MinimumLogLevel)
        {
            return;
        }

        var logEvent = new ActorLogEvent(level, source, message, cause, TimeProvider.GetUtcNow());
        try
        {
            Options.Log?.Invoke(logEvent);
        }
        catch (Exception)
        {
            // Logging must never take an actor down; the event still reaches the event stream below.
        }

        EventStream.Publish(logEvent);
    }
}

namespace ChatSwarm.Actors;

/// <summary>How an actor treats the failures of its children. See <see cref="OneForOneStrategy"/>.</summary>
public abstract class SupervisorStrategy
{
    /// <summary>
    /// Akka's default decider: <see cref="ActorInitializationException"/>, <see cref="ActorKilledException"/> and
    /// <see cref="DeathPactException"/> stop the child; every other exception restarts it.
    /// </summary>
    public static Directive DefaultDecider(Exception exception) => exception switch
    {
        ActorInitializationException => Directive.Stop,
        ActorKilledException => Directive.Stop,
        DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    /// <summary>Akka's default strategy: one-for-one, unlimited restarts, <see cref="DefaultDecider"/>.</summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy(DefaultDecider);

    /// <summary>A strategy that stops any failing child.</summary>
    public static SupervisorStrategy StoppingStrategy { get; } = new OneForOneStrategy(_ => Directive.Stop);

    /// <summary>Whether failures are logged as errors on the event stream (default true).</summary>
    public bool LoggingEnabled { get; protected init; } = true;

    /// <summary>Maps a child's exception to a directive.</summary>
    /// <param name="exception">What the child threw.</param>
    public abstract Directive Decide(Exception exception);

    /// <summary>
    /// Carries out <paramref name="directive"/> (never Escalate) for <paramref name="child"/>. Returns the directive
    /// actually applied: Restart becomes Stop once the retry budget is spent.
    /// </summary>
    internal abstract Directive Handle(ActorCell child, Exception cause, Directive directive, TimeProvider clock);
}

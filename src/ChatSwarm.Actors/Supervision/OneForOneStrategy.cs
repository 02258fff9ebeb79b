namespace ChatSwarm.Actors;

/// <summary>
/// Applies the decider's directive to the failing child only. Restarts are limited to
/// <c>maxNrOfRetries</c> within <c>withinTimeRange</c> (Akka's rules: -1 retries means unlimited, 0 means never
/// restart, a window with unlimited retries allows one restart per window); beyond that the child is stopped.
/// </summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    private readonly Func<Exception, Directive> _decider;

    /// <summary>Creates a strategy with unlimited restarts.</summary>
    /// <param name="decider">Maps exceptions to directives.</param>
    public OneForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, null, decider)
    {
    }

    /// <summary>Creates a strategy with a restart budget.</summary>
    /// <param name="maxNrOfRetries">Restarts allowed in the window; -1 is unlimited, 0 stops on the first failure that asks for a restart.</param>
    /// <param name="withinTimeRange">Window for counting restarts; null, zero or infinite means no window.</param>
    /// <param name="decider">Maps exceptions to directives.</param>
    /// <param name="loggingEnabled">Whether failures are logged as errors (default true).</param>
    public OneForOneStrategy(int maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled = true)
    {
        ArgumentNullException.ThrowIfNull(decider);
        if (maxNrOfRetries < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxNrOfRetries), maxNrOfRetries, "maxNrOfRetries must be -1 (unlimited) or at least 0.");
        }

        MaxNrOfRetries = maxNrOfRetries;
        WithinTimeRange = withinTimeRange is { } w && w > TimeSpan.Zero && w != Timeout.InfiniteTimeSpan ? w : null;
        _decider = decider;
        LoggingEnabled = loggingEnabled;
    }

    /// <summary>Restarts allowed within <see cref="WithinTimeRange"/>; -1 is unlimited.</summary>
    public int MaxNrOfRetries { get; }

    /// <summary>The restart-counting window, or null for none.</summary>
    public TimeSpan? WithinTimeRange { get; }

    /// <summary>The decider passed at construction.</summary>
    public Func<Exception, Directive> Decider => _decider;

    /// <inheritdoc />
    public override Directive Decide(Exception exception) => _decider(exception);

    internal override Directive Handle(ActorCell child, Exception cause, Directive directive, TimeProvider clock)
    {
        switch (directive)
        {
            case Directive.Resume:
                child.SendSystem(new ResumeSystemMessage());
                break;
            case Directive.Restart:
                var stats = child.RestartStats ??= new ChildRestartStats();
                if (stats.RequestRestartPermission(MaxNrOfRetries, WithinTimeRange, clock.GetTimestamp(), clock.TimestampFrequency))
                {
                    child.SendSystem(new RecreateSystemMessage(cause));
                }
                else
                {
                    child.SendSystem(new TerminateSystemMessage());
                    return Directive.Stop;
                }

                break;
            case Directive.Stop:
                child.SendSystem(new TerminateSystemMessage());
                break;
        }

        return directive;
    }
}

namespace ChatSwarm.Actors;

/// <summary>The actor behind <see cref="BackoffSupervisor.Props"/>.</summary>
internal sealed class BackoffSupervisorActor : ActorBase, IWithTimers
{
    private const string StartChildKey = "backoff-start-child";
    private const string ResetKey = "backoff-reset";

    private readonly BackoffOptions _options;
    private SupervisorStrategy? _strategy;
    private IActorRef? _child;
    private int _restartCount;
    private bool _restartPending;
    private bool _startDue;

    public BackoffSupervisorActor(BackoffOptions options) => _options = options;

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart() => StartChild();

    protected override SupervisorStrategy SupervisorStrategy() => _strategy ??= BuildStrategy();

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case StartChildTick:
                if (!_restartPending)
                {
                    return true;
                }

                if (_child is null)
                {
                    _restartPending = false;
                    StartChild();
                }
                else
                {
                    // The delay elapsed before the old child finished stopping; start as soon as it has.
                    _startDue = true;
                }

                return true;
            case Terminated terminated when ReferenceEquals(terminated.ActorRef, _child):
                OnChildTerminated();
                return true;
            case ResetRestartCount reset:
                if (reset.Count == _restartCount && _child is not null)
                {
                    _restartCount = 0;
                }

                return true;
            case BackoffSupervisor.Reset when _options.ResetBackoff is null:
                _restartCount = 0;
                return true;
            case BackoffSupervisor.Reset:
                return false;
            case BackoffSupervisor.GetCurrentChild:
                Sender.Tell(new BackoffSupervisor.CurrentChild(_child), Self);
                return true;
            case BackoffSupervisor.GetRestartCount:
                Sender.Tell(new BackoffSupervisor.RestartCount(_restartCount), Self);
                return true;
            case Terminated:
                return true;
            default:
                if (_child is not null)
                {
                    _child.Tell(message, Sender);
                }
                else if (_options.ReplyWhileStopped is { } reply)
                {
                    Sender.Tell(reply, Self);
                }
                else
                {
                    Context.System.DeadLetters.Tell(new DeadLetter(message, Sender, Self), Sender);
                }

                return true;
        }
    }

    private void OnChildTerminated()
    {
        _child = null;
        Timers.Cancel(ResetKey);
        if (_restartPending)
        {
            if (_startDue)
            {
                _startDue = false;
                _restartPending = false;
                StartChild();
            }

            return;
        }

        if (_options.IsOnFailure || !TryScheduleRestart())
        {
            // OnFailure: the child stopped for a reason other than a backoff restart. OnStop: retries are spent.
            Context.Stop(Self);
        }
    }

    private bool TryScheduleRestart()
    {
        if (_options.MaxNrOfRetries != -1 && _restartCount >= _options.MaxNrOfRetries)
        {
            return false;
        }

        var delay = _options.CalculateDelay(_restartCount, Context.System.Random());
        _restartCount++;
        _restartPending = true;
        _startDue = false;
        Timers.StartSingleTimer(StartChildKey, StartChildTick.Instance, delay);
        return true;
    }

    private void StartChild()
    {
        _child = Context.Watch(Context.ActorOf(_options.ChildProps, _options.ChildName));
        if (_options.ResetBackoff is { } resetAfter && _restartCount > 0)
        {
            Timers.StartSingleTimer(ResetKey, new ResetRestartCount(_restartCount), resetAfter);
        }
    }

    private SupervisorStrategy BuildStrategy()
    {
        var inner = _options.SupervisorStrategy ?? Actors.SupervisorStrategy.DefaultStrategy;
        if (!_options.IsOnFailure)
        {
            return inner;
        }

        // OnFailure turns the inner decider's Restart into "stop now, start again after the backoff delay";
        // the restart budget is the supervisor's MaxNrOfRetries, not the inner strategy's.
        return new OneForOneStrategy(-1, null, exception =>
        {
            var directive = inner.Decide(exception);
            if (directive != Directive.Restart)
            {
                return directive;
            }

            TryScheduleRestart();
            return Directive.Stop;
        }, inner.LoggingEnabled);
    }

    private sealed class StartChildTick
    {
        public static readonly StartChildTick Instance = new();
    }

    private sealed record ResetRestartCount(int Count);
}

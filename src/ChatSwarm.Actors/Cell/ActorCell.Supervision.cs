namespace ChatSwarm.Actors;

internal sealed partial class ActorCell
{
    /// <summary>
    /// The actor threw: suspend user processing (the failing message is dropped) and ask the parent what to do.
    /// </summary>
    private void HandleInvokeFailure(Exception cause)
    {
        if ((_state & (FlagTerminating | FlagTerminated)) != 0)
        {
            _system.Log(ActorLogLevel.Error, Path.ToString(), $"Failure while stopping: {cause.Message}", cause);
            return;
        }

        if ((_state & FlagSuspended) != 0)
        {
            // Already waiting for the supervisor's decision; one report per failure is enough.
            _system.Log(ActorLogLevel.Error, Path.ToString(), $"Failure while suspended: {cause.Message}", cause);
            return;
        }

        _state |= FlagSuspended;
        _state &= ~FlagAwaiting;
        if (_currentMessage is not null || _extras is not null)
        {
            Extras.FailedMessage = _currentMessage;
        }

        if (_parent is not null)
        {
            _parent.SendSystem(new FailedSystemMessage(this, cause, Incarnation));
        }
        else
        {
            _system.Log(ActorLogLevel.Error, Path.ToString(), $"The user guardian failed and stops: {cause.Message}", cause);
            SendSystem(new TerminateSystemMessage());
        }
    }

    private void HandleChildFailure(FailedSystemMessage failed)
    {
        var child = failed.Child;
        if ((_state & (FlagTerminating | FlagTerminated)) != 0 || !IsCurrentChild(child) || child.Incarnation != failed.ChildIncarnation)
        {
            return;
        }

        var strategy = _props.SupervisorStrategy
            ?? (_parent is null ? _system.GuardianStrategy : _actor?.InvokeSupervisorStrategy())
            ?? SupervisorStrategy.DefaultStrategy;

        Directive directive;
        try
        {
            directive = strategy.Decide(failed.Cause);
        }
        catch (Exception ex)
        {
            _system.Log(ActorLogLevel.Error, Path.ToString(), $"Supervisor decider threw; stopping {child.Path}: {ex.Message}", ex);
            child.SendSystem(new TerminateSystemMessage());
            return;
        }

        if (directive == Directive.Escalate)
        {
            if (_parent is null)
            {
                _system.Log(ActorLogLevel.Error, child.Path.ToString(), $"Escalated to the user guardian; stopping: {failed.Cause.Message}", failed.Cause);
                child.SendSystem(new TerminateSystemMessage());
                return;
            }

            HandleInvokeFailure(failed.Cause);
            return;
        }

        if (strategy.LoggingEnabled)
        {
            _system.Log(ActorLogLevel.Error, child.Path.ToString(), $"{failed.Cause.GetType().Name}: {failed.Cause.Message} ({directive})", failed.Cause);
        }

        strategy.Handle(child, failed.Cause, directive, _system.TimeProvider);
    }
}

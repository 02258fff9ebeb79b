namespace ChatSwarm.Actors;

internal sealed partial class ActorCell
{
    private void Create()
    {
        if ((_state & FlagCreated) != 0)
        {
            return;
        }

        _state |= FlagCreated;
        try
        {
            NewInstance().InvokePreStart();
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(WrapInitializationFailure(ex));
        }
    }

    private ActorBase NewInstance()
    {
        _state |= FlagConstructing;
        ActorBase actor;
        try
        {
            actor = _props.Factory() ?? throw new ActorInitializationException($"{_props} factory returned null for {Path}.");
        }
        finally
        {
            _state &= ~FlagConstructing;
        }

        if (!ReferenceEquals(actor.Cell, this))
        {
            throw new ActorInitializationException($"{_props} factory for {Path} returned an actor created for another cell.");
        }

        actor.AfterConstruction();
        _actor = actor;
        _behavior = null;
        if (actor is IWithTimers withTimers)
        {
            var timers = new TimerScheduler(this);
            Extras.Timers = timers;
            withTimers.Timers = timers;
        }

        if (actor is IWithUnboundedStash withStash)
        {
            var stash = new UnboundedStash(this);
            Extras.Stash = stash;
            withStash.Stash = stash;
        }

        return actor;
    }

    private ActorInitializationException WrapInitializationFailure(Exception ex) =>
        ex as ActorInitializationException
        ?? new ActorInitializationException($"{Path} failed to initialize: {ex.Message}", ex);

    private void Resume()
    {
        if ((_state & FlagSuspended) == 0)
        {
            return;
        }

        _state &= ~FlagSuspended;
        _currentMessage = null;
        _currentSender = null;
        if (_extras is { } extras)
        {
            extras.FailedMessage = null;
        }

        // A child that escalated to us is still suspended; resuming us resumes it too, as in Akka.
        foreach (var child in ChildrenSnapshot())
        {
            child.SendSystem(new ResumeSystemMessage());
        }
    }

    private void BeginRecreate(Exception cause)
    {
        if ((_state & (FlagTerminating | FlagPendingRecreate)) != 0)
        {
            return;
        }

        var failedMessage = _extras?.FailedMessage;
        var old = _actor;
        if (old is not null)
        {
            try
            {
                old.InvokePreRestart(cause, failedMessage);
            }
            catch (Exception ex)
            {
                _system.Log(ActorLogLevel.Error, Path.ToString(), $"PreRestart failed: {ex.Message}", ex);
            }
        }

        ClearIncarnationState(stashToDeadLetters: false);
        _actor = null;
        _behavior = null;
        _state |= FlagPendingRecreate;
        Extras.PendingRecreateCause = cause;
        if (!HasChildren())
        {
            FinishRecreate();
        }
    }

    private void FinishRecreate()
    {
        var extras = Extras;
        var cause = extras.PendingRecreateCause!;
        extras.PendingRecreateCause = null;
        extras.FailedMessage = null;
        _state &= ~(FlagPendingRecreate | FlagSuspended);
        Interlocked.Increment(ref extras.Incarnation);
        try
        {
            NewInstance().InvokePostRestart(cause);
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(WrapInitializationFailure(ex));
        }
    }

    /// <summary>Ends everything bound to the current incarnation: timers, receive timeout, pending async work, stash.</summary>
    private void ClearIncarnationState(bool stashToDeadLetters)
    {
        _state &= ~FlagAwaiting;
        _currentMessage = null;
        _currentSender = null;
        if (_extras is not { } extras)
        {
            return;
        }

        extras.Timers?.CancelAll();
        extras.Timers = null;
        extras.SyncContext = null;
        extras.BehaviorStack?.Clear();
        if (extras.ReceiveTimeoutTimer is { } timer)
        {
            timer.Dispose();
            extras.ReceiveTimeoutTimer = null;
            extras.ReceiveTimeout = null;
            extras.ReceiveTimeoutGeneration++;
        }

        if (extras.Stash is { } stash)
        {
            var stashed = stash.ClearStash();
            extras.Stash = null;
            if (stashToDeadLetters)
            {
                foreach (var envelope in stashed)
                {
                    _system.PublishDeadLetter(new DeadLetter(envelope.Message, envelope.Sender, this));
                }
            }
            else
            {
                // Akka keeps stashed messages across a restart by putting them back in front of the mailbox.
                Prepend(stashed);
            }
        }
    }

    private void BeginTerminate()
    {
        if ((_state & FlagTerminating) != 0)
        {
            return;
        }

        _state |= FlagTerminating;
        ClearIncarnationState(stashToDeadLetters: true);
        var children = ChildrenSnapshot();
        foreach (var child in children)
        {
            child.SendSystem(new TerminateSystemMessage());
        }

        if (children.Count == 0)
        {
            FinishTerminate();
        }
    }

    private void FinishTerminate()
    {
        if (_actor is { } actor)
        {
            try
            {
                actor.InvokePostStop();
            }
            catch (Exception ex)
            {
                _system.Log(ActorLogLevel.Error, Path.ToString(), $"PostStop failed: {ex.Message}", ex);
            }
        }

        _actor = null;
        _behavior = null;
        Volatile.Write(ref _state, _state | FlagTerminated);
        _system.EventStream.Unsubscribe(this);

        var extras = _extras;
        if (extras?.Watching is { Count: > 0 } watching)
        {
            foreach (var subject in watching)
            {
                if (subject is InternalActorRef target)
                {
                    target.SendSystem(new UnwatchSystemMessage(this));
                }
            }

            watching.Clear();
        }

        // The name is freed before any watcher can react to Terminated.
        if (_parent is not null)
        {
            _parent.RemoveChild(this);
            _parent.SendSystem(new ChildTerminatedSystemMessage(this));
        }
        else
        {
            _system.OnGuardianTerminated();
        }

        if (extras?.Watchers is { Count: > 0 } watchers)
        {
            var notice = new Terminated(this);
            foreach (var watcher in watchers)
            {
                watcher.Post(notice, this);
            }

            watchers.Clear();
        }

        DrainToDeadLetters();
    }

    /// <summary>Marks a cell that must never run (created under a stopping parent) as dead.</summary>
    internal void MarkStillborn() => Volatile.Write(ref _state, FlagTerminated);
}

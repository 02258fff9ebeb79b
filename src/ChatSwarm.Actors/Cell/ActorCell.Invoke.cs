namespace ChatSwarm.Actors;

internal sealed partial class ActorCell
{
    private void InvokeUser(object message, IActorRef? sender)
    {
        switch (message)
        {
            case TimerMessage timer:
                if (_extras?.Timers is not { } timers || !timers.Accept(timer))
                {
                    return;
                }

                message = timer.Message;
                sender = null;
                break;
            case ReceiveTimeoutTick tick:
                if (_extras is not { ReceiveTimeout: not null } extras || extras.ReceiveTimeoutGeneration != tick.Generation)
                {
                    return;
                }

                message = Actors.ReceiveTimeout.Instance;
                break;
            case Terminated terminated:
                if (_extras?.Watching is not { } watching || !watching.Remove(terminated.ActorRef))
                {
                    // Unwatched before the notification was processed: Akka drops it.
                    return;
                }

                break;
        }

        _currentMessage = message;
        _currentSender = sender;
        try
        {
            switch (message)
            {
                case PoisonPill:
                    SendSystem(new TerminateSystemMessage());
                    break;
                case Kill:
                    throw new ActorKilledException($"{Path} received Kill.");
                default:
                    var actor = _actor!;
                    var handled = _behavior is { } behavior ? behavior(message) : actor.Receive(message);
                    if (!handled)
                    {
                        actor.InvokeUnhandled(message);
                    }

                    break;
            }
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(ex);
        }
        finally
        {
            if ((_state & FlagAwaiting) == 0)
            {
                _currentMessage = null;
                _currentSender = null;
                if (message is not INotInfluenceReceiveTimeout || message is ReceiveTimeout)
                {
                    RescheduleReceiveTimeout();
                }
            }
        }
    }

    private void InvokeSystem(SystemMessage message)
    {
        if ((_state & FlagTerminated) != 0)
        {
            // Watching an actor that already stopped still yields Terminated, with its existence confirmed.
            if (message is WatchSystemMessage lateWatch)
            {
                lateWatch.Watcher.Post(new Terminated(this), this);
            }

            return;
        }

        switch (message)
        {
            case CreateSystemMessage:
                Create();
                break;
            case TerminateSystemMessage:
                BeginTerminate();
                break;
            case ResumeSystemMessage:
                Resume();
                break;
            case RecreateSystemMessage recreate:
                BeginRecreate(recreate.Cause);
                break;
            case FailedSystemMessage failed:
                HandleChildFailure(failed);
                break;
            case ChildTerminatedSystemMessage:
                HandleChildTerminated();
                break;
            case WatchSystemMessage watch:
                AddWatcher(watch.Watcher);
                break;
            case UnwatchSystemMessage unwatch:
                _extras?.Watchers?.Remove(unwatch.Watcher);
                break;
            case ContinuationSystemMessage continuation:
                RunContinuation(continuation);
                break;
            case AsyncHandlerDoneSystemMessage done:
                CompleteAsyncHandler(done);
                break;
        }
    }
}

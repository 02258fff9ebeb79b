using System.Runtime.ExceptionServices;

namespace ChatSwarm.Actors;

internal sealed partial class ActorCell
{
    /// <summary>
    /// Runs an async handler. If it does not complete synchronously, user messages are held back until it does;
    /// its continuations run on this actor's turn through <see cref="ActorSynchronizationContext"/>.
    /// </summary>
    internal void InvokeAsync<T>(Func<T, Task> handler, T argument)
    {
        var extras = Extras;
        var context = extras.SyncContext ??= new ActorSynchronizationContext(this, Incarnation);
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        Task task;
        try
        {
            task = handler(argument) ?? Task.CompletedTask;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        if (task.IsCompleted)
        {
            ThrowIfFailed(task);
            return;
        }

        _state |= FlagAwaiting;
        var done = new AsyncHandlerDoneSystemMessage(task, Incarnation);
        task.ContinueWith(
            static (_, state) =>
            {
                var (cell, message) = ((ActorCell, AsyncHandlerDoneSystemMessage))state!;
                cell.SendSystem(message);
            },
            (this, done),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private static void ThrowIfFailed(Task task)
    {
        if (task.IsFaulted)
        {
            var inner = task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerException! : task.Exception;
            ExceptionDispatchInfo.Capture(inner).Throw();
        }

        if (task.IsCanceled)
        {
            throw new TaskCanceledException(task);
        }
    }

    private void RunContinuation(ContinuationSystemMessage continuation)
    {
        if (continuation.Incarnation != Incarnation || (_state & (FlagTerminating | FlagTerminated | FlagSuspended)) != 0)
        {
            // The incarnation that started this work is gone (restarted or stopping): its rest never runs.
            return;
        }

        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_extras?.SyncContext);
        try
        {
            continuation.Callback(continuation.State);
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(ex);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void CompleteAsyncHandler(AsyncHandlerDoneSystemMessage done)
    {
        if (done.Incarnation != Incarnation || (_state & FlagAwaiting) == 0 || (_state & (FlagTerminating | FlagTerminated)) != 0)
        {
            return;
        }

        _state &= ~FlagAwaiting;
        try
        {
            ThrowIfFailed(done.Task);
        }
        catch (Exception ex)
        {
            HandleInvokeFailure(ex);
            return;
        }
        finally
        {
            if ((_state & FlagSuspended) == 0)
            {
                _currentMessage = null;
                _currentSender = null;
            }
        }

        RescheduleReceiveTimeout();
    }
}

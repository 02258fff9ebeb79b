namespace ChatSwarm.Actors;

public abstract partial class ReceiveActor
{
    /// <summary>One declared handler; generic subclasses avoid reflection and boxing on dispatch.</summary>
    private abstract class MessageHandler
    {
        public abstract bool TryHandle(ActorCell cell, object message);
    }

    private sealed class SyncHandler<T>(Action<T> handler) : MessageHandler
    {
        public override bool TryHandle(ActorCell cell, object message)
        {
            if (message is T typed)
            {
                handler(typed);
                return true;
            }

            return false;
        }
    }

    private sealed class FilteredSyncHandler<T>(Action<T> handler, Predicate<T> shouldHandle) : MessageHandler
    {
        public override bool TryHandle(ActorCell cell, object message)
        {
            if (message is T typed && shouldHandle(typed))
            {
                handler(typed);
                return true;
            }

            return false;
        }
    }

    private sealed class AsyncHandler<T>(Func<T, Task> handler, Predicate<T>? shouldHandle) : MessageHandler
    {
        public override bool TryHandle(ActorCell cell, object message)
        {
            if (message is T typed && (shouldHandle is null || shouldHandle(typed)))
            {
                cell.InvokeAsync(handler, typed);
                return true;
            }

            return false;
        }
    }
}

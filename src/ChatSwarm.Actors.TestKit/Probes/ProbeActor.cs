namespace ChatSwarm.Actors.TestKit;

/// <summary>The actor behind a <see cref="TestProbe"/>: records every message (including Terminated) for the test.</summary>
internal sealed class ProbeActor(ProbeQueue queue) : ActorBase
{
    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case WatchCommand watch:
                Context.Watch(watch.Subject);
                break;
            case UnwatchCommand unwatch:
                Context.Unwatch(unwatch.Subject);
                break;
            default:
                queue.Enqueue(new Envelope(message, Sender));
                break;
        }

        return true;
    }

    internal sealed record WatchCommand(IActorRef Subject);

    internal sealed record UnwatchCommand(IActorRef Subject);
}

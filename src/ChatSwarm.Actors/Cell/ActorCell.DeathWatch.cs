namespace ChatSwarm.Actors;

internal sealed partial class ActorCell
{
    /// <inheritdoc />
    public IActorRef Watch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (ReferenceEquals(subject, this))
        {
            return subject;
        }

        var watching = Extras.Watching ??= [];
        if (watching.Add(subject))
        {
            if (subject is InternalActorRef target)
            {
                target.SendSystem(new WatchSystemMessage(this));
            }
            else
            {
                Post(new Terminated(subject, ExistenceConfirmed: false), subject);
            }
        }

        return subject;
    }

    /// <inheritdoc />
    public IActorRef Unwatch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (_extras?.Watching is { } watching && watching.Remove(subject) && subject is InternalActorRef target)
        {
            target.SendSystem(new UnwatchSystemMessage(this));
        }

        return subject;
    }

    private void AddWatcher(InternalActorRef watcher)
    {
        if (ReferenceEquals(watcher, this))
        {
            return;
        }

        (Extras.Watchers ??= []).Add(watcher);
    }
}

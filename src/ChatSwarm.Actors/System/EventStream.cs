namespace ChatSwarm.Actors;

/// <summary>
/// The system's publish/subscribe bus for runtime events (<see cref="DeadLetter"/>, <see cref="UnhandledMessage"/>,
/// <see cref="ActorLogEvent"/>) and any user events. Subscribers receive events whose type is assignable to the
/// channel they subscribed to. Publishing reads an immutable snapshot, so it takes no lock.
/// </summary>
public sealed class EventStream
{
    private readonly object _gate = new();
    private Subscription[] _subscriptions = [];

    /// <summary>True when anyone subscribes to a channel that <paramref name="eventType"/> would reach.</summary>
    public bool HasSubscribers(Type eventType)
    {
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.Channel.IsAssignableFrom(eventType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Subscribes <paramref name="subscriber"/> to events assignable to <paramref name="channel"/>; false if already subscribed.</summary>
    public bool Subscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        lock (_gate)
        {
            if (_subscriptions.Any(s => ReferenceEquals(s.Subscriber, subscriber) && s.Channel == channel))
            {
                return false;
            }

            _subscriptions = [.. _subscriptions, new Subscription(subscriber, channel)];
            return true;
        }
    }

    /// <summary>Removes one subscription; false if there was none.</summary>
    public bool Unsubscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        return Remove(s => ReferenceEquals(s.Subscriber, subscriber) && s.Channel == channel);
    }

    /// <summary>Removes all subscriptions of <paramref name="subscriber"/>; false if there were none.</summary>
    public bool Unsubscribe(IActorRef subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);

        // Every stopping actor calls this; a lock-free, allocation-free scan keeps that cheap when it never subscribed.
        var subscribed = false;
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (ReferenceEquals(subscription.Subscriber, subscriber))
            {
                subscribed = true;
                break;
            }
        }

        return subscribed && Remove(s => ReferenceEquals(s.Subscriber, subscriber));
    }

    /// <summary>Delivers <paramref name="event"/> to every matching subscriber.</summary>
    public void Publish(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.Channel.IsAssignableFrom(type))
            {
                if (subscription.Subscriber is InternalActorRef target)
                {
                    target.Post(@event, null);
                }
                else
                {
                    subscription.Subscriber.Tell(@event, ActorRefs.Nobody);
                }
            }
        }
    }

    private bool Remove(Func<Subscription, bool> match)
    {
        lock (_gate)
        {
            var kept = _subscriptions.Where(s => !match(s)).ToArray();
            if (kept.Length == _subscriptions.Length)
            {
                return false;
            }

            _subscriptions = kept;
            return true;
        }
    }

    private readonly record struct Subscription(IActorRef Subscriber, Type Channel);
}

namespace ChatSwarm.Actors.TestKit;

/// <summary>
/// An expectation that running an action produces a number of matching events on the event stream. Events are
/// collected from just before the action runs until enough matched or the timeout passed.
/// </summary>
public sealed class EventFilter
{
    private readonly TestKit _kit;
    private readonly Type _channel;
    private readonly Predicate<object> _matches;
    private readonly string _description;

    internal EventFilter(TestKit kit, Type channel, Predicate<object> matches, string description)
    {
        _kit = kit;
        _channel = channel;
        _matches = matches;
        _description = description;
    }

    /// <summary>Runs <paramref name="action"/> and expects exactly one matching event.</summary>
    public void ExpectOne(Action action, TimeSpan? timeout = null) => Expect(1, action, timeout);

    /// <summary>Runs <paramref name="action"/> and expects <paramref name="count"/> matching events.</summary>
    public void Expect(int count, Action action, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (probe, system) = Subscribe();
        try
        {
            action();
            for (var i = 0; i < count; i++)
            {
                probe.FishForMessage(_matches, timeout);
            }
        }
        finally
        {
            system.EventStream.Unsubscribe(probe.Ref);
            system.Stop(probe.Ref);
        }
    }

    /// <summary>Async <see cref="ExpectOne"/>.</summary>
    public Task ExpectOneAsync(Func<Task> action, TimeSpan? timeout = null) => ExpectAsync(1, action, timeout);

    /// <summary>Async <see cref="Expect"/>.</summary>
    public async Task ExpectAsync(int count, Func<Task> action, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (probe, system) = Subscribe();
        try
        {
            await action().ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                await probe.FishForMessageAsync(_matches, timeout).ConfigureAwait(false);
            }
        }
        finally
        {
            system.EventStream.Unsubscribe(probe.Ref);
            system.Stop(probe.Ref);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"EventFilter({_description})";

    private (TestProbe Probe, ActorSystem System) Subscribe()
    {
        var probe = new TestProbe(_kit.SysForFilters, _kit.Timing, null);
        _kit.SysForFilters.EventStream.Subscribe(probe.Ref, _channel);
        return (probe, _kit.SysForFilters);
    }
}

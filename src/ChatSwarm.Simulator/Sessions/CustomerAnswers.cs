using ChatSwarm.Simulator.AgentDesktop;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// What the customer answered to the agent's signaling and co-browsing requests, in order, and a signal that completes
/// on each change so waiters can look again. Not thread-safe: the session uses it under its lock.
/// </summary>
internal sealed class CustomerAnswers
{
    private readonly List<ReceivedSignal> _signals = [];
    private readonly List<string> _cobrowsing = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The signaling messages the customer sent.</summary>
    public IReadOnlyList<ReceivedSignal> Signals => _signals;

    /// <summary>The co-browsing event names the customer sent.</summary>
    public IReadOnlyList<string> Cobrowsing => _cobrowsing;

    /// <summary>Completes at the next change (or when <see cref="Wake"/> is called).</summary>
    public Task Changed => _changed.Task;

    public void AddSignal(ReceivedSignal signal)
    {
        _signals.Add(signal);
        Wake();
    }

    public void AddCobrowsing(string eventName)
    {
        _cobrowsing.Add(eventName);
        Wake();
    }

    /// <summary>Lets every waiter look again (also when the chat ended, so they stop waiting).</summary>
    public void Wake()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}

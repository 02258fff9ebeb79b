namespace ChatSwarm.Monitoring.Live;

/// <summary>
/// The dashboard's recent JSON events: a bounded history replayed to browsers that connect late, and a wake-up for the
/// ones already listening. Published from the runner's loop, read by any number of server-sent-event streams.
/// </summary>
internal sealed class FrameFeed(int capacity)
{
    private readonly object _gate = new();
    private readonly Queue<(long Sequence, string Json)> _history = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;

    public void Publish(string json)
    {
        TaskCompletionSource wake;
        lock (_gate)
        {
            _history.Enqueue((++_sequence, json));
            while (_history.Count > capacity)
            {
                _history.Dequeue();
            }

            wake = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
    }

    /// <summary>The events after <paramref name="afterSequence"/>, and a task that completes when the next one is published.</summary>
    public (IReadOnlyList<(long Sequence, string Json)> Events, Task Next) Since(long afterSequence)
    {
        lock (_gate)
        {
            return (_history.Where(e => e.Sequence > afterSequence).ToArray(), _next.Task);
        }
    }
}

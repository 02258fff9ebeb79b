namespace ChatSwarm.Actors.TestKit;

/// <summary>Messages received by a probe, waiting to be expected by the test.</summary>
internal sealed class ProbeQueue
{
    private readonly Queue<Envelope> _queue = new();
    private readonly SemaphoreSlim _available = new(0);

    public void Enqueue(Envelope envelope)
    {
        lock (_queue)
        {
            _queue.Enqueue(envelope);
        }

        _available.Release();
    }

    public bool TryTake(TimeSpan timeout, out Envelope envelope)
    {
        if (!_available.Wait(Clamp(timeout)))
        {
            envelope = default;
            return false;
        }

        envelope = Dequeue();
        return true;
    }

    public async Task<Envelope?> TryTakeAsync(TimeSpan timeout)
    {
        if (!await _available.WaitAsync(Clamp(timeout)).ConfigureAwait(false))
        {
            return null;
        }

        return Dequeue();
    }

    private Envelope Dequeue()
    {
        lock (_queue)
        {
            return _queue.Dequeue();
        }
    }

    private static TimeSpan Clamp(TimeSpan timeout) => timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout;
}

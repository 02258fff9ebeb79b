using System.Collections.Concurrent;
using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>
/// Live customer counts shared between the actors (which update them) and the runner's control loop (which reads
/// them to keep a closed-model target and to detect a run where most customers fail with the same setup error).
/// Lock-free: plain Interlocked counters and a small concurrent map keyed by error code.
/// </summary>
public sealed class SwarmCounters
{
    private readonly ConcurrentDictionary<ApiErrorCode, int> _setupFailures = new();
    private long _spawned;
    private long _stopped;
    private long _ending;
    private long _completed;
    private long _failed;

    /// <summary>Customers started so far (every spawn, including those that failed at once).</summary>
    public long Spawned => Volatile.Read(ref _spawned);

    /// <summary>Customers whose actor has stopped for good.</summary>
    public long Stopped => Volatile.Read(ref _stopped);

    /// <summary>Customers alive now (spawned and not yet stopped).</summary>
    public long Live => Spawned - Stopped;

    /// <summary>Live customers that were asked to end and have not stopped yet.</summary>
    public long Ending => Volatile.Read(ref _ending);

    /// <summary>Customers that count towards a closed-model target: alive and not ending.</summary>
    public long Effective => Live - Ending;

    /// <summary>Customers that ended normally.</summary>
    public long Completed => Volatile.Read(ref _completed);

    /// <summary>Customers that failed (any cause).</summary>
    public long Failed => Volatile.Read(ref _failed);

    /// <summary>Counts a spawn; returns the new total, which is also the next customer's index plus one.</summary>
    internal long AddSpawned() => Interlocked.Increment(ref _spawned);

    internal void AddEnding(long count) => Interlocked.Add(ref _ending, count);

    internal void AddStopped(bool wasEnding)
    {
        if (wasEnding)
        {
            Interlocked.Decrement(ref _ending);
        }

        Interlocked.Increment(ref _stopped);
    }

    internal void AddCompleted() => Interlocked.Increment(ref _completed);

    internal void AddFailed(ApiErrorCode? code, bool setupError)
    {
        Interlocked.Increment(ref _failed);
        if (setupError && code is { } c)
        {
            _setupFailures.AddOrUpdate(c, 1, static (_, n) => n + 1);
        }
    }

    /// <summary>The setup error (auth, launch point) that stopped the most customers, with its count; null when none did.</summary>
    public (ApiErrorCode Code, int Count)? MostCommonSetupFailure()
    {
        (ApiErrorCode Code, int Count)? best = null;
        foreach (var (code, count) in _setupFailures)
        {
            if (best is null || count > best.Value.Count)
            {
                best = (code, count);
            }
        }

        return best;
    }
}

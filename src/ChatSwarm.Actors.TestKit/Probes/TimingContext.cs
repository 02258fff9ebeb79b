using System.Diagnostics;

namespace ChatSwarm.Actors.TestKit;

/// <summary>Turns requested timeouts into real waits: dilation by the time factor, capped inside a Within block.</summary>
internal sealed class TimingContext(TestKitOptions options)
{
    private long _withinDeadline;

    public TestKitOptions Options { get; } = options;

    public TimeSpan Resolve(TimeSpan? timeout)
    {
        var wait = Options.Dilated(timeout ?? Options.DefaultTimeout);
        var deadline = Volatile.Read(ref _withinDeadline);
        if (deadline != 0)
        {
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (remaining < wait || wait == Timeout.InfiniteTimeSpan)
            {
                wait = remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining;
            }
        }

        return wait;
    }

    /// <summary>Opens a Within block ending after <paramref name="max"/>; returns the previous deadline to restore.</summary>
    public long Enter(TimeSpan max)
    {
        var previous = _withinDeadline;
        var deadline = Stopwatch.GetTimestamp() + (long)(max.TotalSeconds * Stopwatch.Frequency);
        _withinDeadline = previous != 0 && previous < deadline ? previous : deadline;
        return previous;
    }

    public void Exit(long previous) => _withinDeadline = previous;
}

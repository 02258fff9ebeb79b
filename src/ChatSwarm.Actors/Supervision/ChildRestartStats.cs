namespace ChatSwarm.Actors;

/// <summary>Per-child restart bookkeeping for the retry window (Akka's ChildRestartStats).</summary>
internal sealed class ChildRestartStats
{
    private int _retriesCount;
    private long _windowStart;
    private bool _windowStarted;

    /// <summary>Akka's rules for whether another restart is allowed, counting this one.</summary>
    public bool RequestRestartPermission(int maxNrOfRetries, TimeSpan? window, long now, long frequency)
    {
        if (maxNrOfRetries == 0)
        {
            return false;
        }

        var retriesDefined = maxNrOfRetries > 0;
        if (window is null)
        {
            if (!retriesDefined)
            {
                return true;
            }

            _retriesCount++;
            return _retriesCount <= maxNrOfRetries;
        }

        var retries = retriesDefined ? maxNrOfRetries : 1;
        var retriesDone = _retriesCount + 1;
        if (!_windowStarted)
        {
            _windowStarted = true;
            _windowStart = now;
        }

        var elapsed = TimeSpan.FromSeconds((now - _windowStart) / (double)frequency);
        if (elapsed <= window.Value)
        {
            _retriesCount = retriesDone;
            return retriesDone <= retries;
        }

        _retriesCount = 1;
        _windowStart = now;
        return true;
    }
}

namespace ChatSwarm.Swarm.Running;

/// <summary>Combines observers, so the console and the live exports can watch the same run.</summary>
public static class SwarmObservers
{
    /// <summary>An observer that passes every call to each non-null observer in order; one that throws does not stop the others.</summary>
    /// <param name="observers">The observers; nulls are skipped.</param>
    /// <returns>The single non-null observer, a combination of several, or null when there is none.</returns>
    public static ISwarmObserver? Combine(params ISwarmObserver?[] observers)
    {
        ArgumentNullException.ThrowIfNull(observers);
        var list = observers.Where(o => o is not null).Cast<ISwarmObserver>().ToArray();
        return list.Length switch
        {
            0 => null,
            1 => list[0],
            _ => new CompositeObserver(list),
        };
    }

    private sealed class CompositeObserver(ISwarmObserver[] observers) : ISwarmObserver
    {
        public void OnProgress(SwarmProgress progress)
        {
            foreach (var observer in observers)
            {
                try
                {
                    observer.OnProgress(progress);
                }
                catch (Exception)
                {
                    // One failing observer (a closed console, a broken export) must not starve the others.
                }
            }
        }

        public void OnNotice(SwarmNotice notice)
        {
            foreach (var observer in observers)
            {
                try
                {
                    observer.OnNotice(notice);
                }
                catch (Exception)
                {
                    // As above.
                }
            }
        }
    }
}

namespace ChatSwarm.Actors;

public sealed partial class ActorSystem
{
    /// <summary>Starts a graceful stop of all actors (children before parents, PostStop everywhere) and returns <see cref="WhenTerminated"/>.</summary>
    public Task Terminate()
    {
        _guardian.SendSystem(new TerminateSystemMessage());
        return WhenTerminated;
    }

    /// <summary>
    /// Terminates and waits up to <paramref name="deadline"/> of real time. Returns true when every actor stopped in
    /// time; false when the deadline passed, in which case the system is marked terminated anyway and actors still
    /// running are abandoned. The deadline is wall-clock on purpose: it bounds process shutdown even when the system
    /// runs on a manual test clock.
    /// </summary>
    public async Task<bool> ShutdownAsync(TimeSpan deadline, CancellationToken cancellationToken = default)
    {
        var terminated = Terminate();
        try
        {
            await terminated.WaitAsync(deadline, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            Log(ActorLogLevel.Warning, Name, $"Shutdown did not finish within {deadline}; abandoning remaining actors.", null);
            _terminated.TrySetResult();
            return false;
        }
    }

    /// <summary>Shuts down with <see cref="ActorSystemOptions.ShutdownTimeout"/>.</summary>
    public async ValueTask DisposeAsync() => await ShutdownAsync(Options.ShutdownTimeout).ConfigureAwait(false);

    internal void OnGuardianTerminated() => _terminated.TrySetResult();

    /// <inheritdoc />
    public override string ToString() => $"ActorSystem({Name})";
}

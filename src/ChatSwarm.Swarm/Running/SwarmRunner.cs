namespace ChatSwarm.Swarm.Running;

/// <summary>
/// Runs a load profile: turns its plan into customer actors (closed phases hold the active sessions at the target,
/// open phases start customers at the arrival rate, the session cap stops new starts), checks thresholds live and at
/// the end, stops early when most customers fail with the same setup error, ends every chat at the end (or on
/// <c>stopGracefully</c>) within the grace period, and always returns a report, even for a partial run.
/// </summary>
public sealed class SwarmRunner
{
    /// <summary>Runs the profile to its end, or until stopped.</summary>
    /// <param name="options">The run's settings; validated first (<see cref="Configuration.Validation.OptionsValidationException"/> listing every problem).</param>
    /// <param name="observer">Receives progress about once a second and notices; may be null.</param>
    /// <param name="stopGracefully">First Ctrl+C: customers end their chats, the run waits up to the grace period, then reports.</param>
    /// <param name="stopNow">Second Ctrl+C: stop at once and report what was measured.</param>
    /// <returns>The result with the report and exit code.</returns>
    public async Task<SwarmRunResult> RunAsync(SwarmRunOptions options, ISwarmObserver? observer, CancellationToken stopGracefully, CancellationToken stopNow)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        await using var run = new SwarmRun(options, observer);
        return await run.RunAsync(stopGracefully, stopNow).ConfigureAwait(false);
    }
}

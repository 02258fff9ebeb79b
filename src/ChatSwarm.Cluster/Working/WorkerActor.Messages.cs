using ChatSwarm.Cluster.Wire;

namespace ChatSwarm.Cluster.Working;

/// <summary>The coordinator does not need this worker (the run has its workers, or it was given up); the worker exits.</summary>
/// <param name="Reason">One line.</param>
internal sealed record Dismiss(string Reason) : IRunMessage;

/// <summary>Every worker is ready: start the share at this shared wall-clock time.</summary>
/// <param name="StartAtUnixMilliseconds">The start, in Unix milliseconds.</param>
internal sealed record BeginRun(long StartAtUnixMilliseconds) : IRunMessage;

/// <summary>Stop the share: end the chats within the grace period, or at once.</summary>
/// <param name="Now">True to stop at once (second Ctrl+C).</param>
/// <param name="Reason">Why, for the worker's log.</param>
internal sealed record StopWork(bool Now, string Reason) : IRunMessage;

/// <summary>The coordinator has the worker's final results; the worker may leave.</summary>
internal sealed record FinalReceived : IRunMessage
{
    /// <summary>The one instance.</summary>
    public static FinalReceived Instance { get; } = new();
}

using ChatSwarm.Simulator.Scheduling;

namespace ChatSwarm.Simulator.Sessions;

/// <summary>
/// The survey form shown after the customer disconnected, at most one per chat, and the timeout that ends the chat if it
/// goes unanswered. Not thread-safe: the session uses it under its lock.
/// </summary>
internal sealed class PendingSurvey
{
    private string? _requestId;
    private ScheduledWork? _timeout;

    /// <summary>Whether the survey was shown already.</summary>
    public bool IsShown => _requestId is not null;

    /// <summary>Remembers the survey form shown and its timeout.</summary>
    public void Show(string requestId, ScheduledWork timeout)
    {
        _requestId = requestId;
        _timeout = timeout;
    }

    /// <summary>Whether form data with <paramref name="formRequestId"/> answers the survey.</summary>
    public bool IsAnsweredBy(string? formRequestId) => formRequestId is not null && formRequestId == _requestId;

    /// <summary>The survey timeout ran.</summary>
    public void TimedOut() => _timeout = null;

    /// <summary>Cancels the survey timeout, if any (answered, or the chat ended otherwise).</summary>
    public void CancelTimeout()
    {
        _timeout?.Cancel();
        _timeout = null;
    }
}

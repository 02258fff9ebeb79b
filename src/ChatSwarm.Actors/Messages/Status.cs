namespace ChatSwarm.Actors;

/// <summary>Akka's status replies: what <c>PipeTo</c> sends for a completed task and what <c>Ask</c> turns back into an exception.</summary>
public static class Status
{
    /// <summary>A successful completion carrying an optional value.</summary>
    /// <param name="Value">The result value, if any.</param>
    public sealed record Success(object? Value);

    /// <summary>A failure; an <c>Ask</c> that receives it throws <paramref name="Cause"/>.</summary>
    /// <param name="Cause">Why the operation failed.</param>
    public sealed record Failure(Exception Cause);
}

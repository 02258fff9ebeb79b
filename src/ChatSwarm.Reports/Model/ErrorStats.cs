namespace ChatSwarm.Reports.Model;

/// <summary>How often one error occurred in one step.</summary>
public sealed record ErrorStats
{
    /// <summary>Step the error occurred in; default empty.</summary>
    public string Step { get; init; } = "";

    /// <summary>API error code (e.g. 5001) or 0 for transport errors; default 0.</summary>
    public int Code { get; init; }

    /// <summary>The API's name for the code, e.g. "No server is available to accept chat connection"; default empty.</summary>
    public string Name { get; init; } = "";

    /// <summary>Message as received (untrusted; always escaped when rendered); default empty.</summary>
    public string Message { get; init; } = "";

    /// <summary>Occurrences; default 0.</summary>
    public long Count { get; init; }
}

namespace ChatSwarm.Reports.Model;

/// <summary>Outcome of one threshold of the load profile.</summary>
public sealed record ThresholdResult
{
    /// <summary>The threshold as written in the profile, e.g. "p95(send_events) &lt; 800ms"; default empty.</summary>
    public string Expression { get; init; } = "";

    /// <summary>Whether the threshold held; default false.</summary>
    public bool Held { get; init; }

    /// <summary>The measured value the threshold was checked against, if any; default null.</summary>
    public double? Value { get; init; }
}

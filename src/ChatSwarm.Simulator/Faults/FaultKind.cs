namespace ChatSwarm.Simulator.Faults;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answer 503 with error_code 5000 (chat server timeout).</summary>
    Error5000,

    /// <summary>Answer 503 with error_code 5001 (no chat server available).</summary>
    Error5001,

    /// <summary>Answer 503 with error_code 5004 (chat server disconnected).</summary>
    Error5004,

    /// <summary>Answer 500 with error_code 5500 (internal server error).</summary>
    Error5500,

    /// <summary>Answer a bare HTTP 503 Service Unavailable.</summary>
    Http503,

    /// <summary>Answer a bare HTTP 429 Too Many Requests with Retry-After: 1.</summary>
    Http429,

    /// <summary>Abort the connection without an answer.</summary>
    Drop,

    /// <summary>Delay the request by the rule's latency, then serve it normally.</summary>
    Latency,
}

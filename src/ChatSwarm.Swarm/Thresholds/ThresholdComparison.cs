namespace ChatSwarm.Swarm.Thresholds;

/// <summary>How a measured value is compared with a threshold's limit.</summary>
public enum ThresholdComparison
{
    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary><c>==</c></summary>
    Equal,
}

namespace ChatSwarm.Actors;

/// <summary>Severity of an <see cref="ActorLogEvent"/>.</summary>
public enum ActorLogLevel
{
    /// <summary>Diagnostic detail.</summary>
    Debug,

    /// <summary>Normal operation.</summary>
    Info,

    /// <summary>Something unexpected that the system handled.</summary>
    Warning,

    /// <summary>A failure (e.g. an actor threw).</summary>
    Error,
}

namespace ChatSwarm.Actors;

/// <summary>A log event from the runtime or an actor; published on the event stream and passed to <see cref="ActorSystemOptions.Log"/>.</summary>
/// <param name="Level">Severity.</param>
/// <param name="Source">Path of the actor (or the system) that logged it.</param>
/// <param name="Message">Text.</param>
/// <param name="Cause">The exception, for failures.</param>
/// <param name="Timestamp">When it was logged, from the system's TimeProvider.</param>
public sealed record ActorLogEvent(ActorLogLevel Level, string Source, string Message, Exception? Cause, DateTimeOffset Timestamp);

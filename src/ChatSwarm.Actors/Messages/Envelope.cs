namespace ChatSwarm.Actors;

/// <summary>A message together with its sender, as kept in a stash or seen by a test probe.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Who sent it; null when there was no sender.</param>
public readonly record struct Envelope(object Message, IActorRef? Sender);

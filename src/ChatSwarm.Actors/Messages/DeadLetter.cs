namespace ChatSwarm.Actors;

/// <summary>A message that could not be delivered because its recipient is stopped (or it was sent to dead letters).</summary>
/// <param name="Message">The undelivered message.</param>
/// <param name="Sender">Its sender, if any.</param>
/// <param name="Recipient">Where it was going.</param>
public sealed record DeadLetter(object Message, IActorRef? Sender, IActorRef Recipient);

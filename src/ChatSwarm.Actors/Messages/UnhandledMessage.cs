namespace ChatSwarm.Actors;

/// <summary>Published on the event stream when an actor's current behaviour did not handle a message.</summary>
/// <param name="Message">The unhandled message.</param>
/// <param name="Sender">Its sender, if any.</param>
/// <param name="Recipient">The actor that did not handle it.</param>
public sealed record UnhandledMessage(object Message, IActorRef? Sender, IActorRef Recipient);

namespace ChatSwarm.Actors;

/// <summary>A behaviour: handles a message and returns whether it did (unhandled messages go to <c>Unhandled</c>).</summary>
/// <param name="message">The message to handle.</param>
public delegate bool Receive(object message);

namespace ChatSwarm.Actors;

/// <summary>Delivered to a watcher when a watched actor has stopped (or was already dead when watched).</summary>
/// <param name="ActorRef">The actor that stopped.</param>
/// <param name="ExistenceConfirmed">False when the reference never pointed to a live actor (e.g. <see cref="ActorRefs.Nobody"/>).</param>
public sealed record Terminated(IActorRef ActorRef, bool ExistenceConfirmed = true);

namespace ChatSwarm.Actors;

/// <summary>
/// The sender used by <see cref="IActorRef.Tell"/> calls made outside any actor. It flows with the async
/// execution context (not shared between flows), so a test can make its probe the implicit sender of its own
/// Tells, the way Akka.TestKit makes TestActor the sender.
/// </summary>
internal static class ImplicitSender
{
    private static readonly AsyncLocal<IActorRef?> s_ambient = new();

    /// <summary>The ambient sender of the current flow, or null.</summary>
    public static IActorRef? Ambient
    {
        get => s_ambient.Value;
        set => s_ambient.Value = value;
    }
}

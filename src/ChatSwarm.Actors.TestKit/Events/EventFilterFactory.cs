namespace ChatSwarm.Actors.TestKit;

/// <summary>Builds expectations on runtime events, like Akka.TestKit's EventFilter.</summary>
public sealed class EventFilterFactory
{
    private readonly TestKit _kit;

    internal EventFilterFactory(TestKit kit) => _kit = kit;

    /// <summary>Expects dead letters whose message is a <typeparamref name="T"/> (optionally matching <paramref name="predicate"/>).</summary>
    public EventFilter DeadLetter<T>(Predicate<T>? predicate = null) =>
        new(_kit, typeof(DeadLetter), e => e is DeadLetter { Message: T m } && (predicate is null || predicate(m)), $"dead letter of {typeof(T).Name}");

    /// <summary>Expects error log events caused by a <typeparamref name="TException"/> (optionally whose message contains <paramref name="messageContains"/>).</summary>
    public EventFilter Exception<TException>(string? messageContains = null)
        where TException : Exception =>
        new(
            _kit,
            typeof(ActorLogEvent),
            e => e is ActorLogEvent { Level: ActorLogLevel.Error, Cause: TException ex }
                 && (messageContains is null || ex.Message.Contains(messageContains, StringComparison.Ordinal)),
            $"error caused by {typeof(TException).Name}");

    /// <summary>Expects unhandled messages of type <typeparamref name="T"/>.</summary>
    public EventFilter Unhandled<T>() =>
        new(_kit, typeof(UnhandledMessage), e => e is UnhandledMessage { Message: T }, $"unhandled {typeof(T).Name}");
}

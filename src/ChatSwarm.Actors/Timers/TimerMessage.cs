namespace ChatSwarm.Actors;

/// <summary>What a timer posts to its actor; checked against the live timer table before delivery.</summary>
internal sealed class TimerMessage(TimerScheduler owner, object key, int generation, object message) : INotInfluenceReceiveTimeout
{
    public TimerScheduler Owner { get; } = owner;

    public object Key { get; } = key;

    public int Generation { get; } = generation;

    public object Message { get; } = message;
}

namespace ChatSwarm.Actors;

/// <summary>
/// An immutable recipe for an actor: its factory plus options. Reuse one Props for many actors; the factory runs
/// once per incarnation (again after every restart), on the actor's own turn.
/// </summary>
public sealed class Props
{
    private Props(Type actorType, Func<ActorBase> factory, SupervisorStrategy? supervisorStrategy, int? throughput)
    {
        ActorType = actorType;
        Factory = factory;
        SupervisorStrategy = supervisorStrategy;
        Throughput = throughput;
    }

    /// <summary>The type the factory produces.</summary>
    public Type ActorType { get; }

    /// <summary>Creates a fresh actor instance.</summary>
    public Func<ActorBase> Factory { get; }

    /// <summary>Strategy for this actor's children; overrides the actor's own <c>SupervisorStrategy()</c>. Default null.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; }

    /// <summary>Messages processed per turn before yielding the thread; default null = the system's throughput.</summary>
    public int? Throughput { get; }

    /// <summary>Props whose factory is <paramref name="factory"/>, e.g. <c>Props.Create(() => new Customer(id))</c>.</summary>
    public static Props Create<TActor>(Func<TActor> factory)
        where TActor : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Props(typeof(TActor), factory, null, null);
    }

    /// <summary>Props for an actor with a public parameterless constructor.</summary>
    public static Props Create<TActor>()
        where TActor : ActorBase, new() => new(typeof(TActor), static () => new TActor(), null, null);

    /// <summary>A copy with a supervisor strategy for the actor's children.</summary>
    public Props WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return new Props(ActorType, Factory, strategy, Throughput);
    }

    /// <summary>A copy with its own throughput (messages per turn, at least 1).</summary>
    public Props WithThroughput(int throughput)
    {
        if (throughput < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(throughput), throughput, "Props throughput must be at least 1.");
        }

        return new Props(ActorType, Factory, SupervisorStrategy, throughput);
    }

    /// <inheritdoc />
    public override string ToString() => $"Props({ActorType.Name})";
}

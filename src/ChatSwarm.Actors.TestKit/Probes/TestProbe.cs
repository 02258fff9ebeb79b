namespace ChatSwarm.Actors.TestKit;

/// <summary>
/// An actor the test controls: pass <see cref="Ref"/> to the code under test, then assert on what it received.
/// Every ExpectX method has an async twin (ExpectXAsync); both fail the test with a one-line reason.
/// Explicit timeouts are dilated by the time factor and capped by an enclosing Within block.
/// </summary>
public sealed partial class TestProbe
{
    private readonly ProbeQueue _queue = new();
    private readonly TimingContext _timing;

    internal TestProbe(ActorSystem system, TimingContext timing, string? name)
    {
        Sys = system;
        _timing = timing;
        Ref = system.ActorOf(Props.Create(() => new ProbeActor(_queue)), name);
    }

    /// <summary>The probe's actor reference.</summary>
    public IActorRef Ref { get; }

    /// <summary>The actor system the probe lives in.</summary>
    public ActorSystem Sys { get; }

    /// <summary>Sender of the last received message (dead letters when it had none).</summary>
    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    /// <summary>The last received message.</summary>
    public object? LastMessage { get; private set; }

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> with this probe as sender.</summary>
    public void Send(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, Ref);
    }

    /// <summary>Replies to <see cref="LastSender"/> with this probe as sender.</summary>
    public void Reply(object message) => LastSender.Tell(message, Ref);

    /// <summary>Forwards <paramref name="message"/> (default: the last received one) to <paramref name="target"/>, keeping <see cref="LastSender"/> as sender.</summary>
    public void Forward(IActorRef target, object? message = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var payload = message ?? LastMessage ?? throw new InvalidOperationException("Forward: the probe has not received any message yet.");
        target.Tell(payload, LastSender);
    }

    /// <summary>Makes the probe watch <paramref name="subject"/> (so ExpectTerminated works); returns the subject.</summary>
    public IActorRef Watch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Ref.Tell(new ProbeActor.WatchCommand(subject), ActorRefs.Nobody);
        return subject;
    }

    /// <summary>Stops watching <paramref name="subject"/>.</summary>
    public IActorRef Unwatch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Ref.Tell(new ProbeActor.UnwatchCommand(subject), ActorRefs.Nobody);
        return subject;
    }

    /// <summary>The real time an expectation with <paramref name="timeout"/> would wait.</summary>
    public TimeSpan RemainingOrDilated(TimeSpan? timeout = null) => _timing.Resolve(timeout);

    /// <inheritdoc />
    public override string ToString() => $"TestProbe({Ref.Path})";

    private Envelope Record(Envelope envelope)
    {
        LastMessage = envelope.Message;
        LastSender = envelope.Sender ?? Sys.DeadLetters;
        return envelope;
    }

    private static string Describe(object? message) => message is null ? "null" : $"{message.GetType().Name} {message}";

    private static T Check<T>(Envelope envelope, Predicate<T>? predicate, IActorRef? from, string? hint)
    {
        if (envelope.Message is not T typed)
        {
            Assert.Fail($"Expected a {typeof(T).Name}{Hint(hint)} but received {Describe(envelope.Message)}.");
            throw new InvalidOperationException("unreachable");
        }

        if (predicate is not null && !predicate(typed))
        {
            Assert.Fail($"Received {Describe(typed)} but it did not match the predicate{Hint(hint)}.");
        }

        if (from is not null && !Equals(envelope.Sender, from))
        {
            Assert.Fail($"Expected {typeof(T).Name} from {from.Path} but it came from {envelope.Sender?.Path.ToString() ?? "no sender"}.");
        }

        return typed;
    }

    private static string Hint(string? hint) => hint is null ? string.Empty : $" ({hint})";
}

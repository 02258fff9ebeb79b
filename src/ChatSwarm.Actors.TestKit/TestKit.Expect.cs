namespace ChatSwarm.Actors.TestKit;

public abstract partial class TestKit
{
    /// <summary>Default probe: <see cref="TestProbe.ExpectMsg{T}(Predicate{T}, TimeSpan?, string?)"/>.</summary>
    protected T ExpectMsg<T>(Predicate<T>? predicate = null, TimeSpan? timeout = null, string? hint = null) => _testProbe.ExpectMsg(predicate, timeout, hint);

    /// <summary>Default probe: <see cref="TestProbe.ExpectMsg{T}(T, TimeSpan?)"/>.</summary>
    protected T ExpectMsg<T>(T expected, TimeSpan? timeout = null) => _testProbe.ExpectMsg(expected, timeout);

    /// <summary>Default probe: <see cref="TestProbe.ExpectMsgFrom{T}"/>.</summary>
    protected T ExpectMsgFrom<T>(IActorRef sender, Predicate<T>? predicate = null, TimeSpan? timeout = null) => _testProbe.ExpectMsgFrom(sender, predicate, timeout);

    /// <summary>Default probe: <see cref="TestProbe.ExpectNoMsg"/>.</summary>
    protected void ExpectNoMsg(TimeSpan? duration = null) => _testProbe.ExpectNoMsg(duration);

    /// <summary>Default probe: <see cref="TestProbe.ExpectTerminated"/>.</summary>
    protected Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null) => _testProbe.ExpectTerminated(target, timeout);

    /// <summary>Default probe: <see cref="TestProbe.ReceiveN"/>.</summary>
    protected IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null) => _testProbe.ReceiveN(count, timeout);

    /// <summary>Default probe: <see cref="TestProbe.FishForMessage{T}"/>.</summary>
    protected T FishForMessage<T>(Predicate<T> isMessage, TimeSpan? timeout = null) => _testProbe.FishForMessage(isMessage, timeout);

    /// <summary>Default probe: <see cref="TestProbe.ExpectMsgAsync{T}(Predicate{T}, TimeSpan?, string?)"/>.</summary>
    protected Task<T> ExpectMsgAsync<T>(Predicate<T>? predicate = null, TimeSpan? timeout = null, string? hint = null) => _testProbe.ExpectMsgAsync(predicate, timeout, hint);

    /// <summary>Default probe: <see cref="TestProbe.ExpectMsgAsync{T}(T, TimeSpan?)"/>.</summary>
    protected Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null) => _testProbe.ExpectMsgAsync(expected, timeout);

    /// <summary>Default probe: <see cref="TestProbe.ExpectMsgFromAsync{T}"/>.</summary>
    protected Task<T> ExpectMsgFromAsync<T>(IActorRef sender, Predicate<T>? predicate = null, TimeSpan? timeout = null) => _testProbe.ExpectMsgFromAsync(sender, predicate, timeout);

    /// <summary>Default probe: <see cref="TestProbe.ExpectNoMsgAsync"/>.</summary>
    protected Task ExpectNoMsgAsync(TimeSpan? duration = null) => _testProbe.ExpectNoMsgAsync(duration);

    /// <summary>Default probe: <see cref="TestProbe.ExpectTerminatedAsync"/>.</summary>
    protected Task<Terminated> ExpectTerminatedAsync(IActorRef target, TimeSpan? timeout = null) => _testProbe.ExpectTerminatedAsync(target, timeout);

    /// <summary>Default probe: <see cref="TestProbe.ReceiveNAsync"/>.</summary>
    protected Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null) => _testProbe.ReceiveNAsync(count, timeout);

    /// <summary>Default probe: <see cref="TestProbe.FishForMessageAsync{T}"/>.</summary>
    protected Task<T> FishForMessageAsync<T>(Predicate<T> isMessage, TimeSpan? timeout = null) => _testProbe.FishForMessageAsync(isMessage, timeout);

    /// <summary>Makes the default probe watch <paramref name="subject"/>.</summary>
    protected IActorRef Watch(IActorRef subject) => _testProbe.Watch(subject);

    /// <summary>Makes the default probe stop watching <paramref name="subject"/>.</summary>
    protected IActorRef Unwatch(IActorRef subject) => _testProbe.Unwatch(subject);
}

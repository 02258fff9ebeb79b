namespace ChatSwarm.Actors.Tests.Backoff;

using ChatSwarm.Actors.TestKit;
using Backoff = ChatSwarm.Actors.Backoff;

public sealed class BackoffSupervisorTests : TestKit
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(10);

    // Random source fixed at 0.5 with RandomFactor 0.2: every delay is the exponential part × 1.1.
    private const double Jitter = 1.1;

    private readonly ManualTimeProvider _clock;

    public BackoffSupervisorTests()
        : this(new ManualTimeProvider())
    {
    }

    private BackoffSupervisorTests(ManualTimeProvider clock)
        : base(new ActorSystemOptions { TimeProvider = clock, Random = () => 0.5 }) => _clock = clock;

    private Props ChildProps => Props.Create(() => new Child(TestActor));

    [Fact]
    public async Task OnStop_ChildStopsRepeatedly_RestartDelaysFollowTheFormula()
    {
        var supervisor = ActorOf(BackoffSupervisor.Props(Backoff.OnStop(ChildProps, "c", Min, Max, 0.2).WithManualReset()));
        Assert.Equal("started", await ExpectMsgAsync<string>());

        foreach (var exponential in new[] { 1.0, 2.0, 4.0, 8.0, 10.0 })
        {
            supervisor.Tell("stop");
            await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);
            var delay = TimeSpan.FromSeconds(exponential * Jitter);

            _clock.Advance(delay - TimeSpan.FromMilliseconds(1));
            await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(30));
            _clock.Advance(TimeSpan.FromMilliseconds(1));

            Assert.Equal("started", await ExpectMsgAsync<string>());
        }
    }

    [Fact]
    public async Task OnFailure_ChildThrows_RestartedAfterBackoffAndCountReported()
    {
        var supervisor = ActorOf(BackoffSupervisor.Props(Backoff.OnFailure(ChildProps, "c", Min, Max, 0.2).WithManualReset()));
        Assert.Equal("started", await ExpectMsgAsync<string>());

        supervisor.Tell("crash");
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);
        supervisor.Tell(BackoffSupervisor.GetRestartCount.Instance);
        Assert.Equal(1, (await ExpectMsgAsync<BackoffSupervisor.RestartCount>()).Count);
        _clock.Advance(TimeSpan.FromSeconds(1 * Jitter));

        Assert.Equal("started", await ExpectMsgAsync<string>());
        supervisor.Tell("hi");
        Assert.Equal("echo:hi", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task OnFailure_DeciderSaysStop_SupervisorStopsWithoutBackoff()
    {
        var strategy = new OneForOneStrategy(ex => ex is ArgumentException ? Directive.Stop : Directive.Restart);
        var supervisor = ActorOf(BackoffSupervisor.Props(Backoff.OnFailure(ChildProps, "c", Min, Max, 0.2).WithSupervisorStrategy(strategy)));
        Assert.Equal("started", await ExpectMsgAsync<string>());
        Watch(supervisor);

        supervisor.Tell("fatal");

        await ExpectTerminatedAsync(supervisor);
        Assert.Equal(0, _clock.ActiveTimerCount);
    }

    [Fact]
    public async Task OnStop_MessagesWhileChildStopped_GoToDeadLetters()
    {
        var supervisor = ActorOf(BackoffSupervisor.Props(Backoff.OnStop(ChildProps, "c", Min, Max, 0.2)));
        Assert.Equal("started", await ExpectMsgAsync<string>());
        supervisor.Tell("stop");
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        await EventFilter.DeadLetter<string>(s => s == "hello").ExpectOneAsync(() =>
        {
            supervisor.Tell("hello");
            return Task.CompletedTask;
        });

        supervisor.Tell(BackoffSupervisor.GetCurrentChild.Instance);
        Assert.Null((await ExpectMsgAsync<BackoffSupervisor.CurrentChild>()).Ref);
    }

    [Fact]
    public async Task OnStop_ReplyWhileStopped_SenderGetsTheReply()
    {
        var options = Backoff.OnStop(ChildProps, "c", Min, Max, 0.2).WithReplyWhileStopped("try later");
        var supervisor = ActorOf(BackoffSupervisor.Props(options));
        Assert.Equal("started", await ExpectMsgAsync<string>());
        supervisor.Tell("stop");
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        supervisor.Tell("hello");

        Assert.Equal("try later", await ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task OnStop_RetriesExhausted_SupervisorStopsItself()
    {
        var supervisor = ActorOf(BackoffSupervisor.Props(Backoff.OnStop(ChildProps, "c", Min, Max, 0.2, maxNrOfRetries: 2).WithManualReset()));
        Watch(supervisor);
        Assert.Equal("started", await ExpectMsgAsync<string>());

        for (var i = 0; i < 2; i++)
        {
            supervisor.Tell("stop");
            await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);
            _clock.Advance(Max * 2);
            Assert.Equal("started", await ExpectMsgAsync<string>());
        }

        supervisor.Tell("stop");

        await ExpectTerminatedAsync(supervisor);
    }

    [Fact]
    public async Task OnStop_ChildStableForResetPeriod_RestartCountResets()
    {
        var supervisor = ActorOf(BackoffSupervisor.Props(Backoff.OnStop(ChildProps, "c", Min, Max, 0.2).WithAutoReset(TimeSpan.FromSeconds(5))));
        Assert.Equal("started", await ExpectMsgAsync<string>());
        supervisor.Tell("stop");
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);
        _clock.Advance(TimeSpan.FromSeconds(1 * Jitter));
        Assert.Equal("started", await ExpectMsgAsync<string>());
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);

        _clock.Advance(TimeSpan.FromSeconds(5));
        supervisor.Tell(BackoffSupervisor.GetRestartCount.Instance);

        Assert.Equal(0, (await ExpectMsgAsync<BackoffSupervisor.RestartCount>()).Count);
    }

    [Fact]
    public async Task ManualReset_ResetMessage_RestartCountBackToZero()
    {
        var supervisor = ActorOf(BackoffSupervisor.Props(Backoff.OnStop(ChildProps, "c", Min, Max, 0.2).WithManualReset()));
        Assert.Equal("started", await ExpectMsgAsync<string>());
        supervisor.Tell("stop");
        await AwaitConditionAsync(() => _clock.ActiveTimerCount == 1);
        _clock.Advance(Max * 2);
        Assert.Equal("started", await ExpectMsgAsync<string>());

        supervisor.Tell(BackoffSupervisor.Reset.Instance);
        supervisor.Tell(BackoffSupervisor.GetRestartCount.Instance);

        Assert.Equal(0, (await ExpectMsgAsync<BackoffSupervisor.RestartCount>()).Count);
    }

    [Theory]
    [InlineData(0, 0.0, 1000)]
    [InlineData(1, 0.0, 2000)]
    [InlineData(3, 0.0, 8000)]
    [InlineData(4, 0.0, 10000)]
    [InlineData(40, 0.0, 10000)]
    [InlineData(1, 0.5, 2500)]
    [InlineData(10, 0.99, 14950)]
    public void CalculateDelay_RestartCountAndRandom_MatchesFormula(int restartCount, double random, int expectedMs)
    {
        var options = Backoff.OnStop(ChildProps, "c", Min, Max, randomFactor: 0.5);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), options.CalculateDelay(restartCount, random));
    }

    [Theory]
    [InlineData(0, 10, 0.2, -1, "MinBackoff")]
    [InlineData(5, 1, 0.2, -1, "MaxBackoff")]
    [InlineData(1, 10, 1.5, -1, "RandomFactor")]
    [InlineData(1, 10, 0.2, -5, "MaxNrOfRetries")]
    public void Props_InvalidOptions_ThrowsNamingTheField(int minSeconds, int maxSeconds, double randomFactor, int retries, string field)
    {
        var options = Backoff.OnFailure(ChildProps, "c", TimeSpan.FromSeconds(minSeconds), TimeSpan.FromSeconds(maxSeconds), randomFactor, retries);

        var ex = Assert.Throws<ArgumentException>(() => BackoffSupervisor.Props(options));

        Assert.Contains("BackoffOptions." + field, ex.Message);
    }

    private sealed class Child : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Child(IActorRef probe)
        {
            _probe = probe;
            Receive<string>(_ => Context.Stop(Self), s => s == "stop");
            Receive<string>(_ => throw new InvalidOperationException("crash"), s => s == "crash");
            Receive<string>(_ => throw new ArgumentException("fatal"), s => s == "fatal");
            Receive<string>(s => Sender.Tell("echo:" + s));
        }

        protected override void PreStart() => _probe.Tell("started");
    }
}

namespace ChatSwarm.Actors.Tests.Supervision;

using ChatSwarm.Actors.TestKit;

public sealed class OneForOneStrategyTests : TestKit
{

    public OneForOneStrategyTests()
        : this(new ManualTimeProvider())
    {
    }

    private OneForOneStrategyTests(ManualTimeProvider clock)
        : base(new ActorSystemOptions { TimeProvider = clock }) => Clock = clock;

    private ManualTimeProvider Clock { get; }

    [Fact]
    public async Task Resume_ChildThrows_StateKeptAndFailingMessageDropped()
    {
        var parent = ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Resume), TestActor)));
        var child = await ExpectMsgAsync<IActorRef>();

        child.Tell("inc");
        child.Tell("boom");
        child.Tell("inc");
        child.Tell("get");

        Assert.Equal(2, await ExpectMsgAsync<int>());
        Assert.NotNull(parent);
    }

    [Fact]
    public async Task Stop_ChildThrows_ChildIsStopped()
    {
        ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Stop), TestActor)));
        var child = await ExpectMsgAsync<IActorRef>();
        Watch(child);

        child.Tell("boom");

        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task Restart_WithinRetryBudget_RestartsThenStopsWhenBudgetSpent()
    {
        var strategy = new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart);
        ActorOf(Props.Create(() => new Supervisor(strategy, TestActor)));
        var child = await ExpectMsgAsync<IActorRef>();
        Watch(child);

        for (var i = 0; i < 2; i++)
        {
            child.Tell("boom");
            child.Tell("get");
            Assert.Equal(0, await ExpectMsgAsync<int>());
        }

        child.Tell("boom");

        await ExpectTerminatedAsync(child);
    }

    [Fact]
    public async Task Restart_FailuresSpreadBeyondWindow_KeepsRestarting()
    {
        var strategy = new OneForOneStrategy(1, TimeSpan.FromSeconds(10), _ => Directive.Restart);
        ActorOf(Props.Create(() => new Supervisor(strategy, TestActor)));
        var child = await ExpectMsgAsync<IActorRef>();

        for (var i = 0; i < 3; i++)
        {
            child.Tell("boom");
            child.Tell("get");
            Assert.Equal(0, await ExpectMsgAsync<int>());
            Clock.Advance(TimeSpan.FromSeconds(11));
        }
    }

    [Fact]
    public async Task Escalate_ChildFails_GrandparentDecidesForParent()
    {
        var grandparentStrategy = new OneForOneStrategy(ex =>
        {
            return Directive.Restart;
        });
        ActorOf(Props.Create(() => new Grandparent(grandparentStrategy, TestActor)));
        var parentStarted = await ExpectMsgAsync<string>();
        Assert.Equal("parent started", parentStarted);
        var child = await ExpectMsgAsync<IActorRef>();

        await EventFilter.Exception<InvalidOperationException>("boom").ExpectOneAsync(() =>
        {
            child.Tell("boom");
            return Task.CompletedTask;
        });

        // The grandparent restarted the parent: the parent starts again and creates a fresh child.
        Assert.Equal("parent started", await FishForMessageAsync<string>(s => s == "parent started"));
        var newChild = await ExpectMsgAsync<IActorRef>();
        newChild.Tell("get");
        Assert.Equal(0, await ExpectMsgAsync<int>());
    }

    [Fact]
    public async Task Escalate_GrandparentStops_ParentAndChildStop()
    {
        ActorOf(Props.Create(() => new Grandparent(new OneForOneStrategy(_ => Directive.Stop), TestActor)));
        Assert.Equal("parent started", await ExpectMsgAsync<string>());
        var child = await ExpectMsgAsync<IActorRef>();
        Watch(child);

        child.Tell("boom");

        await ExpectTerminatedAsync(child);
    }

    [Theory]
    [InlineData(typeof(ActorInitializationException), Directive.Stop)]
    [InlineData(typeof(ActorKilledException), Directive.Stop)]
    [InlineData(typeof(DeathPactException), Directive.Stop)]
    [InlineData(typeof(InvalidOperationException), Directive.Restart)]
    [InlineData(typeof(TimeoutException), Directive.Restart)]
    public void DefaultDecider_Exception_MapsLikeAkka(Type exceptionType, Directive expected)
    {
        var exception = (Exception)Activator.CreateInstance(exceptionType)!;

        Assert.Equal(expected, SupervisorStrategy.DefaultDecider(exception));
    }

    [Fact]
    public void DeciderFrom_Rules_FirstMatchingTypeWinsElseDefault()
    {
        var decide = Decider.From(Directive.Restart, (typeof(ArgumentException), Directive.Stop), (typeof(Exception), Directive.Escalate));

        Assert.Equal(Directive.Stop, decide(new ArgumentNullException("x")));
        Assert.Equal(Directive.Escalate, decide(new InvalidOperationException()));
    }

    [Fact]
    public void Constructor_RetriesBelowMinusOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OneForOneStrategy(-2, null, _ => Directive.Stop));
    }

    private sealed class Supervisor : ReceiveActor
    {
        private readonly SupervisorStrategy _strategy;

        public Supervisor(SupervisorStrategy strategy, IActorRef probe)
        {
            _strategy = strategy;
            probe.Tell(Context.ActorOf(Props.Create(() => new CountingChild()), "child"));
        }

        protected override SupervisorStrategy SupervisorStrategy() => _strategy;
    }

    private sealed class Grandparent : ReceiveActor
    {
        private readonly SupervisorStrategy _strategy;

        public Grandparent(SupervisorStrategy strategy, IActorRef probe)
        {
            _strategy = strategy;
            Context.ActorOf(Props.Create(() => new EscalatingParent(probe)), "parent");
        }

        protected override SupervisorStrategy SupervisorStrategy() => _strategy;
    }

    private sealed class EscalatingParent : ReceiveActor
    {
        private readonly IActorRef _probe;

        public EscalatingParent(IActorRef probe) => _probe = probe;

        protected override void PreStart()
        {
            _probe.Tell("parent started");
            _probe.Tell(Context.ActorOf(Props.Create(() => new CountingChild()), "child"));
        }

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Escalate);
    }

    internal sealed class CountingChild : ReceiveActor
    {
        public CountingChild()
        {
            var count = 0;
            Receive<string>(_ => count++, s => s == "inc");
            Receive<string>(_ => Sender.Tell(count), s => s == "get");
            Receive<string>(_ => throw new InvalidOperationException("boom"), s => s == "boom");
        }
    }
}

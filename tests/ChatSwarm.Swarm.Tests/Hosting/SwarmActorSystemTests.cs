using ChatSwarm.Configuration.Validation;
using Akka.Actor;
using Akka.Configuration;
using Akka.Event;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Testing;
using Microsoft.Extensions.Time.Testing;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using LogEvent = Serilog.Events.LogEvent;

namespace ChatSwarm.Swarm.Tests.Hosting;

public sealed class SwarmActorSystemTests
{
    [Fact]
    public void BuildHocon_Defaults_ThreadPoolDispatcherClockSchedulerAndNoStdout()
    {
        var config = ConfigurationFactory.ParseString(SwarmActorSystem.BuildHocon(new ActorSystemOptions()));

        Assert.Equal("thread-pool-executor", config.GetString("akka.actor.default-dispatcher.executor"));
        Assert.Equal(30, config.GetInt("akka.actor.default-dispatcher.throughput"));
        Assert.Equal("WARNING", config.GetString("akka.loglevel"));
        Assert.Equal("OFF", config.GetString("akka.stdout-loglevel"));
        Assert.Empty(config.GetStringList("akka.loggers"));
        Assert.False(config.GetBoolean("akka.log-dead-letters"));
        Assert.False(config.GetBoolean("akka.coordinated-shutdown.run-by-clr-shutdown-hook"));
        Assert.StartsWith(typeof(ClockScheduler).FullName!, config.GetString("akka.scheduler.implementation"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ExtraHocon_IsLaidOverTheBuiltInSettings()
    {
        var options = new ActorSystemOptions { Throughput = 5, Hocon = "akka.actor.default-dispatcher.throughput = 7" };

        var system = SwarmActorSystem.Create("hocon", options, TimeProvider.System, log: null);
        try
        {
            Assert.Equal(7, system.Settings.Config.GetInt("akka.actor.default-dispatcher.throughput"));
            Assert.IsType<ClockScheduler>(system.Scheduler);
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public void Validate_ThroughputBelowOne_NamesTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new ActorSystemOptions { Throughput = 0 }.Validate());

        Assert.StartsWith("ActorSystemOptions.Throughput: expected 1 or more, got 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoProblems_OneExceptionListingBoth()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new ActorSystemOptions { Throughput = -1, Hocon = "= = =" }.Validate());

        Assert.Equal(2, error.Problems.Count);
        Assert.Equal("ActorSystemOptions.Throughput: expected 1 or more, got -1", error.Problems[0]);
        Assert.StartsWith("ActorSystemOptions.Hocon: ", error.Problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsBeforeStartingASystem()
    {
        Assert.Throws<OptionsValidationException>(() => SwarmActorSystem.Create("invalid", new ActorSystemOptions { Throughput = 0 }, TimeProvider.System, null));
    }

    [Theory]
    [InlineData("= = =")]
    public void Validate_HoconThatDoesNotParse_OneLineNamingHocon(string hocon)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new ActorSystemOptions { Hocon = hocon }.Validate());

        Assert.StartsWith("ActorSystemOptions.Hocon:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Create_ActorLogsAWarning_ItReachesTheRunLoggerOnly()
    {
        var sink = new ListSink();
        using var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger();
        var system = SwarmActorSystem.Create("logs", new ActorSystemOptions(), TimeProvider.System, logger);
        try
        {
            var actor = system.ActorOf(Props.Create(() => new WarningActor()), "warner");
            actor.Tell("disk almost full");

            await Wait.UntilAsync(() => sink.Events.Any(e => e.Level == LogEventLevel.Warning));
            var warning = sink.Events.Single(e => e.Level == LogEventLevel.Warning);
            Assert.Contains("disk almost full", warning.RenderMessage(), StringComparison.Ordinal);
            Assert.Contains("warner", warning.RenderMessage(), StringComparison.Ordinal);
            Assert.DoesNotContain(sink.Events, e => e.Level < LogEventLevel.Warning);
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public async Task ClockScheduler_ManualClock_FiresTimersOnlyWhenTheClockMoves()
    {
        var clock = new FakeTimeProvider();
        var system = SwarmActorSystem.Create("clock", new ActorSystemOptions(), clock, log: null);
        try
        {
            var scheduler = Assert.IsType<ClockScheduler>(system.Scheduler);
            IScheduler akka = scheduler;
            var fired = 0;
            akka.Advanced.ScheduleOnce(TimeSpan.FromSeconds(5), () => Interlocked.Increment(ref fired));
            var cancelled = akka.Advanced.ScheduleOnceCancelable(TimeSpan.FromSeconds(5), () => Interlocked.Increment(ref fired));
            Assert.Equal(2, scheduler.Pending);

            cancelled.Cancel();
            clock.Advance(TimeSpan.FromSeconds(4.9));
            Assert.Equal(0, Volatile.Read(ref fired));
            clock.Advance(TimeSpan.FromSeconds(0.1));

            Assert.Equal(1, Volatile.Read(ref fired));
            Assert.Equal(0, scheduler.Pending);
            Assert.Equal(clock.GetUtcNow(), akka.Now);
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public async Task ClockScheduler_SystemClockLongDelays_FireNotBeforeTheirTimeAndCancelledOnesNever()
    {
        // One-shot delays of 2 s or more wait on the scheduler's timer wheel first, then on an exact timer.
        var system = SwarmActorSystem.Create("wheel", new ActorSystemOptions(), TimeProvider.System, log: null);
        try
        {
            IScheduler akka = system.Scheduler;
            var start = TimeProvider.System.GetTimestamp();
            var cancelledFired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var fired = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            var cancelled = akka.Advanced.ScheduleOnceCancelable(TimeSpan.FromSeconds(2), () => cancelledFired.TrySetResult());
            akka.Advanced.ScheduleOnce(TimeSpan.FromSeconds(2.3), () => fired.TrySetResult(TimeProvider.System.GetElapsedTime(start)));

            cancelled.Cancel();
            var at = await fired.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // The cancelled one was due 0.3 s before the other: it would have run first.
            Assert.False(cancelledFired.Task.IsCompleted);
            Assert.True(at >= TimeSpan.FromSeconds(2.3), $"fired after {at}");
            Assert.Equal(0, Assert.IsType<ClockScheduler>(system.Scheduler).Pending);
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public async Task ClockScheduler_SystemClock_RunsTimersOnItsOwnThreadNotThePool()
    {
        // Heartbeat ticks of a cluster node must not queue behind a saturated thread pool's work.
        var system = SwarmActorSystem.Create("thread", new ActorSystemOptions(), TimeProvider.System, log: null);
        try
        {
            IScheduler akka = system.Scheduler;
            var once = new TaskCompletionSource<(string? Name, bool Pool)>(TaskCreationOptions.RunContinuationsAsynchronously);
            var repeats = 0;
            var repeated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            akka.Advanced.ScheduleOnce(TimeSpan.FromMilliseconds(30), () => once.TrySetResult((Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread)));
            var repeating = akka.Advanced.ScheduleRepeatedlyCancelable(TimeSpan.Zero, TimeSpan.FromMilliseconds(20), () =>
            {
                if (Interlocked.Increment(ref repeats) == 3)
                {
                    repeated.TrySetResult();
                }
            });

            var (name, pool) = await once.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await repeated.Task.WaitAsync(TimeSpan.FromSeconds(30));
            repeating.Cancel();

            Assert.Equal("chatswarm-scheduler", name);
            Assert.False(pool);
            Assert.Equal(0, Assert.IsType<ClockScheduler>(system.Scheduler).Pending);
        }
        finally
        {
            await system.Terminate();
        }
    }

    private sealed class WarningActor : ReceiveActor
    {
        public WarningActor() => Receive<string>(text => Context.GetLogger().Warning("{0}", text));
    }

    private sealed class ListSink : ILogEventSink
    {
        private readonly List<LogEvent> _events = [];

        public IReadOnlyList<LogEvent> Events
        {
            get
            {
                lock (_events)
                {
                    return [.. _events];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_events)
            {
                _events.Add(logEvent);
            }
        }
    }
}

using Akka.Configuration;
using ChatSwarm.Swarm.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ChatSwarm.Swarm.Tests.Hosting;

/// <summary>
/// Akka's TestKit on the swarm's own actor-system settings, with every actor timer on one manual clock: tests move
/// <see cref="Clock"/> to fire backoff delays, bot timers and max durations, and never sleep.
/// </summary>
public abstract class SwarmTestKit : Akka.TestKit.Xunit2.TestKit
{
    protected SwarmTestKit(FakeTimeProvider clock)
        : base(TestConfig())
    {
        Clock = clock;
        SwarmActorSystem.UseClock(Sys, clock);
    }

    /// <summary>The clock every actor timer of <c>Sys</c> runs on.</summary>
    protected FakeTimeProvider Clock { get; }

    /// <summary>Actor timers armed and not yet fired or cancelled: wait for one before moving the clock.</summary>
    protected int PendingTimers => ((ClockScheduler)Sys.Scheduler).Pending;

    /// <summary>Awaits a plain condition within <paramref name="max"/> (Akka's TestKit polls it).</summary>
    protected Task AwaitConditionAsync(Func<bool> condition, TimeSpan max) =>
        base.AwaitConditionAsync(() => Task.FromResult(condition()), max);

    /// <summary>The built-in settings, with the TestKit's event listener so EventFilter sees Akka's log events.</summary>
    internal static Config TestConfig() =>
        ConfigurationFactory.ParseString("akka.loggers = [\"Akka.TestKit.TestEventListener, Akka.TestKit\"]")
            .WithFallback(ConfigurationFactory.ParseString(SwarmActorSystem.BuildHocon(new ActorSystemOptions())));
}

using System.Globalization;
using Akka.Actor;
using Akka.Configuration;
using Akka.Event;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// Creates the actor systems ChatSwarm runs on. Akka's settings live here, in one place, as HOCON built in code:
/// <list type="bullet">
/// <item>the default dispatcher runs on the .NET thread pool (a fork-join pool would add threads that compete with
/// HTTP completions), throughput from <see cref="ActorSystemOptions.Throughput"/>;</item>
/// <item>Akka's scheduler is <see cref="ClockScheduler"/> on the run's clock;</item>
/// <item>customers use <see cref="CustomerMailbox"/> (<see cref="LeanMailbox"/>), every other actor Akka's default;</item>
/// <item>Akka's logs go to the run's Serilog logger only (never stdout, which the live console owns); dead letters are
/// not logged (a run ending with thousands of piped results is normal);</item>
/// <item>the guardian stops failing top-level actors, and Akka never hooks process exit: the command owns signals.</item>
/// </list>
/// </summary>
public static class SwarmActorSystem
{
    /// <summary>The mailbox customers are created with (see <see cref="LeanMailbox"/>).</summary>
    public const string CustomerMailbox = "chatswarm-customer-mailbox";

    /// <summary>
    /// The value of <c>akka.scheduler.implementation</c> for every actor system ChatSwarm builds: <see cref="ClockScheduler"/>,
    /// whose timers are the clock's own. Akka's default scheduler wakes every 10 ms (a periodic timer and a thread-pool hop
    /// per tick) even with nothing scheduled, which a 2-core load generator pays for the whole run.
    /// </summary>
    public static string SchedulerImplementation { get; } = $"{typeof(ClockScheduler).FullName}, {typeof(ClockScheduler).Assembly.GetName().Name}";

    /// <summary>The built-in HOCON, before <see cref="ActorSystemOptions.Hocon"/> is laid over it.</summary>
    /// <param name="options">The tunable settings.</param>
    /// <returns>The HOCON text.</returns>
    public static string BuildHocon(ActorSystemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            akka {
              loglevel = {{Level(options.LogLevel)}}
              stdout-loglevel = OFF
              loggers = []
              log-config-on-start = off
              log-dead-letters = off
              log-dead-letters-during-shutdown = off
              scheduler.implementation = "{{SchedulerImplementation}}"
              actor {
                guardian-supervisor-strategy = "Akka.Actor.StoppingSupervisorStrategy"
                default-dispatcher {
                  executor = "thread-pool-executor"
                  throughput = {{options.Throughput}}
                }
              }
              coordinated-shutdown {
                run-by-clr-shutdown-hook = off
                exit-clr = off
              }
            }
            {{CustomerMailbox}} {
              mailbox-type = "{{typeof(LeanMailbox).FullName}}, {{typeof(LeanMailbox).Assembly.GetName().Name}}"
            }
            """);
    }

    /// <summary>Creates an actor system whose timers run on <paramref name="clock"/> and whose logs go to <paramref name="log"/>.</summary>
    /// <param name="name">The system's name.</param>
    /// <param name="options">Tunable settings; validated here.</param>
    /// <param name="clock">The run's clock.</param>
    /// <param name="log">The run's logger; null drops Akka's logs.</param>
    /// <returns>The running system.</returns>
    /// <exception cref="Configuration.Validation.OptionsValidationException">The settings are invalid; the message lists every problem.</exception>
    public static ActorSystem Create(string name, ActorSystemOptions options, TimeProvider clock, Serilog.ILogger? log)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return CreateValidated(name, options, clock, log);
    }

    /// <summary>As <see cref="Create"/>, for owners whose options already checked <paramref name="options"/> as part of theirs.</summary>
    internal static ActorSystem CreateValidated(string name, ActorSystemOptions options, TimeProvider clock, Serilog.ILogger? log)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var config = ConfigurationFactory.ParseString(BuildHocon(options));
        if (!string.IsNullOrWhiteSpace(options.Hocon))
        {
            config = ConfigurationFactory.ParseString(options.Hocon).WithFallback(config);
        }

        var system = ActorSystem.Create(name, config);
        UseClock(system, clock);

        if (log is not null)
        {
            LogTo(system, log, "Akka");
        }

        return system;
    }

    /// <summary>
    /// Sends Akka's own log events of <paramref name="system"/> to <paramref name="log"/> (never to stdout), tagged with
    /// <paramref name="sourceContext"/>. For systems ChatSwarm builds with <c>akka.loggers</c> off, such as cluster nodes.
    /// </summary>
    /// <param name="system">The actor system.</param>
    /// <param name="log">The run's or node's logger.</param>
    /// <param name="sourceContext">Serilog's SourceContext for these events, e.g. "Akka" or "Akka.Cluster".</param>
    public static void LogTo(ActorSystem system, Serilog.ILogger log, string sourceContext)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(log);
        var logger = ((ExtendedActorSystem)system).SystemActorOf(Props.Create(() => new RunLogActor(log, sourceContext)), "run-log");
        system.EventStream.Subscribe(logger, typeof(LogEvent));
    }

    /// <summary>Puts the timers of <paramref name="system"/> on <paramref name="clock"/> (when it runs on <see cref="ClockScheduler"/>).</summary>
    internal static void UseClock(ActorSystem system, TimeProvider clock)
    {
        if (system.Scheduler is ClockScheduler scheduler)
        {
            scheduler.Use(clock);
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.DebugLevel => "DEBUG",
        LogLevel.InfoLevel => "INFO",
        LogLevel.WarningLevel => "WARNING",
        _ => "ERROR",
    };
}

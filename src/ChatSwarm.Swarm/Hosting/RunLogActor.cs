using Akka.Actor;
using Akka.Event;
using LogEventLevel = Serilog.Events.LogEventLevel;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// Akka's logger for a run: writes Akka's own log events (actor failures that are not expected, lifecycle warnings) to
/// the run's Serilog logger, so they land in the run log and never on the live console. Subscribed to the system's
/// event stream by <see cref="SwarmActorSystem.LogTo"/> with the run's (or a cluster node's) logger in hand, instead of Akka.Logger.Serilog, which
/// reads the process-wide <c>Serilog.Log.Logger</c> (two runs in one process, as in tests, would share it).
/// </summary>
internal sealed class RunLogActor : UntypedActor
{
    private readonly Serilog.ILogger _log;

    public RunLogActor(Serilog.ILogger log, string sourceContext) => _log = log.ForContext("SourceContext", sourceContext);

    protected override void OnReceive(object message)
    {
        if (message is not LogEvent logEvent)
        {
            return;
        }

        var level = logEvent.LogLevel() switch
        {
            LogLevel.DebugLevel => LogEventLevel.Debug,
            LogLevel.InfoLevel => LogEventLevel.Information,
            LogLevel.WarningLevel => LogEventLevel.Warning,
            _ => LogEventLevel.Error,
        };
        _log.Write(level, logEvent.Cause, "{AkkaSource}: {AkkaMessage}", logEvent.LogSource, logEvent.Message?.ToString());
    }
}

using Akka.Actor;
using Akka.Event;
using LogEventLevel = Serilog.Events.LogEventLevel;

namespace ChatSwarm.Cluster.Hosting;

/// <summary>Writes Akka's own log events of a cluster node (membership, remoting) to the node's Serilog logger, never to stdout.</summary>
internal sealed class ClusterLogActor : UntypedActor
{
    private readonly Serilog.ILogger _log;

    public ClusterLogActor(Serilog.ILogger log) => _log = log.ForContext("SourceContext", "Akka.Cluster");

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

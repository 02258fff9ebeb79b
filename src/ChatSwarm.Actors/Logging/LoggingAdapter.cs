namespace ChatSwarm.Actors;

/// <summary>Forwards to the system's log pipeline with a fixed source.</summary>
internal sealed class LoggingAdapter(ActorSystem system, string source) : ILoggingAdapter
{
    public void Debug(string message) => system.Log(ActorLogLevel.Debug, source, message, null);

    public void Info(string message) => system.Log(ActorLogLevel.Info, source, message, null);

    public void Warning(string message) => system.Log(ActorLogLevel.Warning, source, message, null);

    public void Error(string message) => system.Log(ActorLogLevel.Error, source, message, null);

    public void Error(Exception cause, string message) => system.Log(ActorLogLevel.Error, source, message, cause);
}

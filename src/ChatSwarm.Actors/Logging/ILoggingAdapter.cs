namespace ChatSwarm.Actors;

/// <summary>Akka-style logger obtained from <see cref="IActorContext.GetLogger"/>.</summary>
public interface ILoggingAdapter
{
    /// <summary>Logs at debug level.</summary>
    void Debug(string message);

    /// <summary>Logs at info level.</summary>
    void Info(string message);

    /// <summary>Logs at warning level.</summary>
    void Warning(string message);

    /// <summary>Logs at error level.</summary>
    void Error(string message);

    /// <summary>Logs a failure at error level.</summary>
    void Error(Exception cause, string message);
}

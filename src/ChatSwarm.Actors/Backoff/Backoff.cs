namespace ChatSwarm.Actors;

/// <summary>Builders for <see cref="BackoffOptions"/>, as in Akka.NET.</summary>
public static class Backoff
{
    /// <summary>
    /// Back off when the child fails: a failure the strategy maps to Restart stops the child and starts a new one after
    /// the backoff delay; if the child stops for any other reason the supervisor stops too.
    /// </summary>
    public static BackoffOptions OnFailure(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries = -1) =>
        new(true, childProps, childName, minBackoff, maxBackoff, randomFactor, maxNrOfRetries);

    /// <summary>Back off when the child stops (for any reason): a new child is started after the backoff delay.</summary>
    public static BackoffOptions OnStop(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor, int maxNrOfRetries = -1) =>
        new(false, childProps, childName, minBackoff, maxBackoff, randomFactor, maxNrOfRetries);
}

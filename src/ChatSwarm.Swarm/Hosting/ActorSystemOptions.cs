using System.Globalization;
using Akka.Event;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// The Akka.NET settings a user may tune for a run. Everything else Akka needs is fixed by <see cref="SwarmActorSystem"/>:
/// the default dispatcher on the .NET thread pool, Akka's scheduler on the run's clock, logs to the run log only.
/// Validated by <see cref="Validate"/>.
/// </summary>
public sealed record ActorSystemOptions
{
    /// <summary>Messages an actor handles before its thread goes back to the pool (Akka's dispatcher throughput); default 30.</summary>
    public int Throughput { get; init; } = 30;

    /// <summary>Lowest level of Akka's own log events that reach the run log; default <see cref="LogLevel.WarningLevel"/>.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.WarningLevel;

    /// <summary>Extra HOCON laid over the built-in settings (e.g. from <c>--akka-config FILE</c>); default none.</summary>
    public string? Hocon { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line message naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Throughput < 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"akka throughput: expected 1 or more, got {Throughput}."));
        }

        if (Hocon is not null && HoconError(Hocon) is { } error)
        {
            throw new ArgumentException($"akka config: {error}");
        }
    }

    /// <summary>Why <paramref name="hocon"/> is not valid HOCON, in one line; null when it is.</summary>
    /// <param name="hocon">The HOCON text.</param>
    /// <returns>The error, or null.</returns>
    public static string? HoconError(string hocon)
    {
        ArgumentNullException.ThrowIfNull(hocon);
        try
        {
            _ = Akka.Configuration.ConfigurationFactory.ParseString(hocon);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The HOCON parser reports with several exception types; all of them mean the text is not valid HOCON.
            return ex.Message.ReplaceLineEndings(" ").Trim();
        }
    }
}

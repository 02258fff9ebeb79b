using System.Globalization;
using Akka.Event;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Swarm.Hosting;

/// <summary>
/// The Akka.NET settings a user may tune for a run. Everything else Akka needs is fixed by <see cref="SwarmActorSystem"/>:
/// the default dispatcher on the .NET thread pool, Akka's scheduler on the run's clock, logs to the run log only.
/// Validated by <see cref="Validate"/>.
/// </summary>
public sealed record ActorSystemOptions : IValidatableOptions
{
    /// <summary>Messages an actor handles before its thread goes back to the pool (Akka's dispatcher throughput); default 30.</summary>
    public int Throughput { get; init; } = 30;

    /// <summary>Lowest level of Akka's own log events that reach the run log; default <see cref="LogLevel.WarningLevel"/>.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.WarningLevel;

    /// <summary>Extra HOCON laid over the built-in settings (e.g. from <c>--akka-config FILE</c>); default none.</summary>
    public string? Hocon { get; init; }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="SwarmActorSystem.Create"/> calls it, and the run and conversation options that hold these check them as theirs.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (Throughput < 1) yield return string.Create(CultureInfo.InvariantCulture, $"Throughput: expected 1 or more, got {Throughput}");
        if (Hocon is not null && HoconError(Hocon) is { } error) yield return $"Hocon: {error}";
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

using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// One step of a load profile, run in order. Closed-model phases (<see cref="RampPhase"/>, <see cref="ConstantPhase"/>)
/// keep a number of sessions open at once; open-model phases (<see cref="ArrivalPhase"/>, <see cref="RampArrivalPhase"/>,
/// <see cref="PausePhase"/>) start new sessions at a rate regardless of how many are open.
/// </summary>
public abstract record LoadPhase : IValidatableOptions
{
    private protected LoadPhase(TimeSpan duration) => Duration = duration;

    /// <summary>How long the phase lasts; positive.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>True for phases that hold a concurrency level (ramp, constant), false for arrival-rate phases.</summary>
    public abstract bool IsClosedModel { get; }

    /// <summary>A short human description, e.g. "ramp 0 → 50 sessions over 10s".</summary>
    /// <returns>The text.</returns>
    public abstract string Describe();

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>, each starting with <see cref="Describe"/>.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid("", FindProblems());

    /// <summary>Every reason the phase cannot run, one line each starting with <see cref="Describe"/>; empty when it can.</summary>
    /// <returns>The problems.</returns>
    public virtual IEnumerable<string> FindProblems()
    {
        if (Duration <= TimeSpan.Zero) yield return $"{Describe()}: duration must be positive";
    }

    /// <summary>A copy with every session count and rate multiplied by <paramref name="factor"/> (counts rounded, never below 1 when they were positive).</summary>
    /// <param name="factor">The positive scale factor.</param>
    /// <returns>The scaled phase.</returns>
    public abstract LoadPhase Scale(double factor);

    /// <summary>Rounds a scaled session count, keeping a positive count at least 1.</summary>
    private protected static int ScaleCount(int count, double factor) =>
        count <= 0 ? 0 : Math.Max(1, (int)Math.Round(count * factor, MidpointRounding.AwayFromZero));

    /// <summary>Formats a duration the way profiles write it.</summary>
    private protected static string Format(TimeSpan value) => DurationParser.Format(value);

    /// <summary>Formats a rate without trailing zeros.</summary>
    private protected static string Format(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}

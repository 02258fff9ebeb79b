using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Bots.Conversations;

/// <summary>Per-customer settings of a conversation created by <see cref="Scripting.BotScript.CreateConversation"/>.</summary>
public sealed record BotConversationOptions : IValidatableOptions
{
    /// <summary>The run seed; with <see cref="CustomerIndex"/> it fixes the customer's data and choices. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>The customer's index in the run (0-based); must not be negative. Default 0.</summary>
    public int CustomerIndex { get; init; }

    /// <summary>The run's clock (a manual clock in tests). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Think time used where the script gives none (bare <c>wait</c>, form answers, replies). Default uniform 1–3 s.</summary>
    public DelayDistribution DefaultThinkTime { get; init; } = DelayDistribution.Uniform(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));

    /// <summary>Factor applied to every sampled think time, typing time and receipt delay (not to expect timeouts); 0–1000. Default 1.</summary>
    public double TimeScale { get; init; } = 1.0;

    /// <summary>Customer rows from a data feed (CSV) that replace generated customer data, or null to generate all; default null.</summary>
    public Customers.CustomerFeed? Customers { get; init; }

    /// <summary>
    /// Values for {{env.NAME}} templates, read once from the environment by the command line (libraries never read
    /// environment variables); default empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="Scripting.BotScript.CreateConversation"/> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (CustomerIndex < 0) yield return $"CustomerIndex: expected 0 or more, got {CustomerIndex}";
        if (Environment is null) yield return "Environment: expected a dictionary (empty for none), got null";
        if (TimeProvider is null) yield return "TimeProvider: expected a clock, got null";
        if (DefaultThinkTime is null) yield return "DefaultThinkTime: expected a delay distribution, got null";
        if (!(TimeScale >= 0 && TimeScale <= 1000)) yield return $"TimeScale: expected a factor from 0 to 1000, got {TimeScale}";
    }
}

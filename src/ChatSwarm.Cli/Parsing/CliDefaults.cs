using System.CommandLine;

namespace ChatSwarm.Cli.Parsing;

/// <summary>Limits and options that several commands share, so each is spelled once.</summary>
internal static class CliDefaults
{
    /// <summary>The shortest positive duration an option accepts.</summary>
    public static readonly TimeSpan ShortestDuration = TimeSpan.FromMilliseconds(1);

    /// <summary>The longest run --duration accepts (a year: longer is a typo, and phase arithmetic stays far from overflow).</summary>
    public static readonly TimeSpan LongestRun = TimeSpan.FromDays(366);

    /// <summary>A --seed option: any whole number; null when not given.</summary>
    public static Option<int?> Seed(string description) =>
        TypedOption.WholeNumber("--seed", description, int.MinValue, int.MaxValue, "a whole number");
}

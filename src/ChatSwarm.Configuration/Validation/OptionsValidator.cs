namespace ChatSwarm.Configuration.Validation;

/// <summary>
/// The one way settings are checked, as Polly checks its strategy options: each type lists its problems
/// (<see cref="IValidatableOptions.FindProblems"/>), and its <c>Validate()</c> throws them all in one
/// <see cref="OptionsValidationException"/>. Components validate the settings they are built with, once.
/// </summary>
public static class OptionsValidator
{
    /// <summary>Throws when <paramref name="options"/> has problems, each prefixed with its type's name, e.g. "SimulatorOptions.Agents must be 0 or more, got -1".</summary>
    /// <param name="options">The settings to check.</param>
    /// <exception cref="OptionsValidationException">Listing every problem.</exception>
    public static void ThrowIfInvalid(IValidatableOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ThrowIfAny(options.FindProblems(), options.GetType().Name, ".");
    }

    /// <summary>Throws when <paramref name="problems"/> is not empty, each problem prefixed with <paramref name="prefix"/>.</summary>
    /// <param name="prefix">Put before every problem, e.g. a file name and ": "; may be empty.</param>
    /// <param name="problems">The problems found.</param>
    /// <exception cref="OptionsValidationException">Listing every problem.</exception>
    public static void ThrowIfInvalid(string prefix, IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(problems);
        ThrowIfAny(problems, prefix, "");
    }

    /// <summary>The problems of nested settings, each prefixed with <paramref name="name"/> and a dot; one problem when they are null.</summary>
    /// <param name="name">The field holding the nested settings, e.g. "Behavior".</param>
    /// <param name="nested">The nested settings.</param>
    /// <returns>The prefixed problems.</returns>
    public static IEnumerable<string> Nested(string name, IValidatableOptions? nested) =>
        nested is null ? [$"{name}: expected settings, got null"] : nested.FindProblems().Select(problem => $"{name}.{problem}");

    private static void ThrowIfAny(IEnumerable<string> problems, string head, string separator)
    {
        // Settings are checked wherever a component is built (once per customer for some): valid ones allocate no list and no prefixed line.
        List<string>? all = null;
        foreach (var problem in problems)
        {
            (all ??= []).Add(string.Concat(head, separator, problem));
        }

        if (all is not null)
        {
            throw new OptionsValidationException(all);
        }
    }
}

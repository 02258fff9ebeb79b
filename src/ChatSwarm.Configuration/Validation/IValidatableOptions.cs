namespace ChatSwarm.Configuration.Validation;

/// <summary>
/// Settings that list their own problems. Each type's <c>Validate()</c> hands them to
/// <see cref="OptionsValidator.ThrowIfInvalid(IValidatableOptions)"/>, which throws one
/// <see cref="OptionsValidationException"/> naming every problem; the component that uses the settings calls it once.
/// </summary>
public interface IValidatableOptions
{
    /// <summary>Every problem with these settings, one line each naming the field and what is expected; empty when valid.</summary>
    /// <returns>The problems, in field order; nested settings contribute theirs prefixed with their name.</returns>
    IEnumerable<string> FindProblems();
}

namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// A setting given outside the profile file, already parsed, with where it came from, so that an error about it names
/// that place as the user knows it (an option or an environment variable of the caller's).
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">Where it came from, as the user would name it; it starts every error about the value.</param>
public sealed record OverrideValue<T>(T Value, string Source);

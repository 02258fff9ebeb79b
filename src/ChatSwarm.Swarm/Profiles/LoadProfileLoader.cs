namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// Reads load profiles (loadprofiles/*.yaml). Every problem found (unknown keys, wrong types, impossible phases, bad
/// thresholds, missing files) is collected and thrown together as a <see cref="ProfileValidationException"/> whose errors
/// are one line each: "file:line:column: what is wrong; expected ...".
/// </summary>
public static class LoadProfileLoader
{
    /// <summary>The bot script used when a profile has no mix, looked up in a bots folder beside or above the profile.</summary>
    public const string DefaultScript = "bots/greeting-and-question.yaml";

    /// <summary>Reads and validates a profile file.</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The file cannot be read or is invalid.</exception>
    public static LoadProfile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ProfileValidationException($"{path}: cannot read load profile: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates profile YAML; relative paths inside resolve against the directory of <paramref name="sourceName"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The file name used in errors and for resolving relative paths.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The profile is invalid.</exception>
    public static LoadProfile Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        var reader = new ProfileReader(sourceName);
        var profile = reader.Read(yaml);
        if (reader.Errors.Count > 0)
        {
            throw new ProfileValidationException(reader.Errors);
        }

        return profile!;
    }
}

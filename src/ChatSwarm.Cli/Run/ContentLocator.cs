namespace ChatSwarm.Cli.Run;

/// <summary>
/// Finds shipped content (load profiles, bot scripts) relative to the current directory first, then relative to the
/// executable's folder, where the build copies loadprofiles/ and bots/, so the tool works from anywhere.
/// </summary>
internal static class ContentLocator
{
    /// <summary>The profile run when none is given.</summary>
    public const string DefaultProfile = "loadprofiles/smoke.yaml";

    /// <summary>Resolves a profile argument: a path, or a bare name such as <c>smoke</c> looked up in loadprofiles/.</summary>
    /// <returns>The full path, or null with the places looked at.</returns>
    public static string? FindProfile(string? argument, string currentDirectory, string baseDirectory, out IReadOnlyList<string> lookedAt)
    {
        var name = argument ?? DefaultProfile;
        var candidates = new List<string> { name };
        if (!Path.IsPathRooted(name) && Path.GetDirectoryName(name) is null or "")
        {
            var fileName = Path.HasExtension(name) ? name : name + ".yaml";
            candidates.Add(Path.Combine("loadprofiles", fileName));
        }

        var looked = new List<string>();
        foreach (var candidate in candidates)
        {
            foreach (var root in Path.IsPathRooted(candidate) ? [""] : new[] { currentDirectory, baseDirectory })
            {
                var full = Path.GetFullPath(Path.Combine(root, candidate));
                if (looked.Contains(full))
                {
                    continue;
                }

                looked.Add(full);
                if (File.Exists(full))
                {
                    lookedAt = looked;
                    return full;
                }
            }
        }

        lookedAt = looked;
        return null;
    }

    /// <summary>Resolves a content file (e.g. a bot script) that does not exist where given by looking under the executable's folder.</summary>
    public static string Resolve(string path, string currentDirectory, string baseDirectory)
    {
        if (File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        if (!Path.IsPathRooted(path))
        {
            foreach (var root in new[] { currentDirectory, baseDirectory })
            {
                var full = Path.GetFullPath(Path.Combine(root, path));
                if (File.Exists(full))
                {
                    return full;
                }
            }
        }

        return path;
    }
}

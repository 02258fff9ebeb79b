namespace ChatSwarm.Swarm.Tests.Profiles;

/// <summary>Locates files shipped in the repository (loadprofiles/) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string LoadProfile(string name) => Path.Combine(Root, "loadprofiles", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatSwarm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChatSwarm.sln not found above " + AppContext.BaseDirectory);
    }
}

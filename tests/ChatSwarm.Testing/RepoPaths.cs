namespace ChatSwarm.Testing;

/// <summary>Locates files shipped in the repository (loadprofiles/, bots/) by walking up from the test binaries to the solution root.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string BotsFolder { get; } = Path.Combine(Root, "bots");

    public static string LoadProfile(string name) => Path.Combine(Root, "loadprofiles", name);

    public static string Script(string name) => Path.Combine(BotsFolder, name + ".yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatSwarm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ChatSwarm.sln not found above " + AppContext.BaseDirectory);
    }
}

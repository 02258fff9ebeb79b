namespace ChatSwarm.Bots.Tests.TestSupport;

/// <summary>Finds the shipped bots/ folder by walking up from the test binaries to the solution root.</summary>
internal static class RepoPaths
{
    public static string BotsFolder { get; } = Find();

    public static string Script(string name) => Path.Combine(BotsFolder, name + ".yaml");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatSwarm.sln")) && Directory.Exists(Path.Combine(dir.FullName, "bots")))
            {
                return Path.Combine(dir.FullName, "bots");
            }
        }

        throw new DirectoryNotFoundException($"no bots/ folder above {AppContext.BaseDirectory}");
    }
}

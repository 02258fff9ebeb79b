namespace ChatSwarm.Swarm.Tests.Profiles;

/// <summary>A throw-away folder for profiles that reference other files.</summary>
internal sealed class TempProfileFolder : IDisposable
{
    public TempProfileFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatswarm-profile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}

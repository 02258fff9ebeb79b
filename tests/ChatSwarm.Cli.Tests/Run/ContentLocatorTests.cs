using ChatSwarm.Cli.Run;

namespace ChatSwarm.Cli.Tests.Run;

public sealed class ContentLocatorTests : IDisposable
{
    private readonly string _cwd = Directory.CreateTempSubdirectory("chatswarm-cwd-").FullName;
    private readonly string _exe = Directory.CreateTempSubdirectory("chatswarm-exe-").FullName;

    [Fact]
    public void FindProfile_NoArgument_FindsTheDefaultBesideTheExecutable()
    {
        var shipped = Write(_exe, "loadprofiles/smoke.yaml");

        var found = ContentLocator.FindProfile(null, _cwd, _exe, out _);

        Assert.Equal(shipped, found);
    }

    [Fact]
    public void FindProfile_CurrentDirectoryHasIt_PrefersTheCurrentDirectory()
    {
        var local = Write(_cwd, "loadprofiles/smoke.yaml");
        Write(_exe, "loadprofiles/smoke.yaml");

        Assert.Equal(local, ContentLocator.FindProfile(null, _cwd, _exe, out _));
    }

    [Fact]
    public void FindProfile_BareName_LooksInLoadprofiles()
    {
        var shipped = Write(_exe, "loadprofiles/spike.yaml");

        Assert.Equal(shipped, ContentLocator.FindProfile("spike", _cwd, _exe, out _));
    }

    [Fact]
    public void FindProfile_Missing_ReturnsNullAndEveryPlaceLookedAt()
    {
        var found = ContentLocator.FindProfile("soak", _cwd, _exe, out var lookedAt);

        Assert.Null(found);
        Assert.Contains(Path.Combine(_cwd, "loadprofiles", "soak.yaml"), lookedAt);
        Assert.Contains(Path.Combine(_exe, "loadprofiles", "soak.yaml"), lookedAt);
    }

    [Fact]
    public void ShippedContent_IsCopiedBesideTheExecutable()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "loadprofiles", "smoke.yaml")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "bots", "greeting-and-question.yaml")));
    }

    public void Dispose()
    {
        Directory.Delete(_cwd, recursive: true);
        Directory.Delete(_exe, recursive: true);
    }

    private static string Write(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "name: x\n");
        return path;
    }
}

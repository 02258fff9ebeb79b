using ChatSwarm.Cli.Run;

namespace ChatSwarm.Cli.Tests.Run;

public sealed class RunArgumentParserTests
{
    [Fact]
    public void TryParse_AllOptions_BecomeOverrides()
    {
        var ok = RunArgumentParser.TryParse(
            new RunArguments("ramp", "https://tenant.example.com/", "tenant.example.com", "app-1", "25", "90s", "out", "-7"),
            out var request,
            out var error);

        Assert.True(ok, error);
        Assert.Equal("ramp", request!.ProfilePath);
        Assert.Equal("https://tenant.example.com/", request.Overrides.BaseAddress);
        Assert.Equal("tenant.example.com", request.Overrides.TenantUrl);
        Assert.Equal("app-1", request.Overrides.AppId);
        Assert.Equal(25, request.Overrides.Sessions);
        Assert.Equal(TimeSpan.FromSeconds(90), request.Overrides.Duration);
        Assert.Equal(-7, request.Overrides.Seed);
        Assert.Equal("out", request.OutRoot);
    }

    [Fact]
    public void TryParse_NoOptions_DefaultsToTheReportsFolder()
    {
        Assert.True(RunArgumentParser.TryParse(new RunArguments(null, null, null, null, null, null, null, null), out var request, out _));

        Assert.Null(request!.ProfilePath);
        Assert.Equal("reports", request.OutRoot);
        Assert.Null(request.Overrides.Sessions);
    }

    [Fact]
    public void TryParse_ZeroDuration_IsRejected()
    {
        Assert.False(RunArgumentParser.TryParse(new RunArguments(null, null, null, null, null, "0s", null, null), out _, out var error));

        Assert.StartsWith("--duration:", error, StringComparison.Ordinal);
    }
}

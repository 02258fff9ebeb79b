using ChatSwarm.Cli.Run;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Tests.Run;

public sealed class RunRequestTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void TryCreate_AllOptions_BecomeOverridesNamingTheirOptions()
    {
        var args = new RunArguments("ramp", new Uri("https://tenant.example.com/"), "tenant.example.com", "app-1", 25, TimeSpan.FromSeconds(90), new DirectoryInfo("/tmp/out"), -7);

        Assert.True(RunRequest.TryCreate(args, NoEnvironment, out var request, out var error), error);

        Assert.Equal("ramp", request!.ProfilePath);
        Assert.Equal(new OverrideValue<Uri>(new Uri("https://tenant.example.com/"), "--tenant"), request.Overrides.BaseAddress);
        Assert.Equal(new OverrideValue<string>("tenant.example.com", "--tenant-url"), request.Overrides.TenantUrl);
        Assert.Equal(new OverrideValue<string>("app-1", "--app-id"), request.Overrides.AppId);
        Assert.Equal(25, request.Overrides.Sessions);
        Assert.Equal(TimeSpan.FromSeconds(90), request.Overrides.Duration);
        Assert.Equal(-7, request.Seed);
        Assert.Equal("/tmp/out", request.OutRoot);
    }

    [Fact]
    public void TryCreate_NoOptions_DefaultsToTheReportsFolder()
    {
        Assert.True(RunRequest.TryCreate(new RunArguments(null), NoEnvironment, out var request, out _));

        Assert.Null(request!.ProfilePath);
        Assert.Equal("reports", request.OutRoot);
        Assert.Null(request.Overrides.Sessions);
        Assert.Null(request.Overrides.BaseAddress);
        Assert.Null(request.Seed);
    }

    [Fact]
    public void TryCreate_EnvironmentOnly_FillsTheTargetNamingTheVariables()
    {
        var env = Env(("CHATSWARM_TENANT", "https://t.example.com/clientweb/api/v1/"), ("CHATSWARM_TENANT_URL", " t.example.com "), ("CHATSWARM_APP_ID", "app-env"));

        Assert.True(RunRequest.TryCreate(new RunArguments(null), env, out var request, out var error), error);

        Assert.Equal(new OverrideValue<Uri>(new Uri("https://t.example.com/clientweb/api/v1/"), "CHATSWARM_TENANT"), request!.Overrides.BaseAddress);
        Assert.Equal(new OverrideValue<string>("t.example.com", "CHATSWARM_TENANT_URL"), request.Overrides.TenantUrl);
        Assert.Equal(new OverrideValue<string>("app-env", "CHATSWARM_APP_ID"), request.Overrides.AppId);
    }

    [Fact]
    public void TryCreate_CommandLineAndEnvironment_CommandLineWins()
    {
        var env = Env(("CHATSWARM_TENANT", "https://env.example.com/"), ("CHATSWARM_TENANT_URL", "env.example.com"), ("CHATSWARM_APP_ID", "app-env"));
        var args = new RunArguments(null, Tenant: new Uri("https://cli.example.com/"), AppId: "app-cli");

        Assert.True(RunRequest.TryCreate(args, env, out var request, out _));

        Assert.Equal(new OverrideValue<Uri>(new Uri("https://cli.example.com/"), "--tenant"), request!.Overrides.BaseAddress);
        Assert.Equal(new OverrideValue<string>("env.example.com", "CHATSWARM_TENANT_URL"), request.Overrides.TenantUrl);
        Assert.Equal(new OverrideValue<string>("app-cli", "--app-id"), request.Overrides.AppId);
    }

    [Fact]
    public void TryCreate_EnvironmentOverFile_ForSecrets()
    {
        var file = new LoadProfile
        {
            SourcePath = "p.yaml",
            Target = new TargetSettings { BaseAddress = new Uri("https://file.example.com/"), TenantUrl = "file.example.com", AppId = "app-file" },
        };

        Assert.True(RunRequest.TryCreate(new RunArguments(null), Env(("CHATSWARM_APP_ID", "app-env")), out var request, out _));
        var profile = file.WithOverrides(request!.Overrides);

        Assert.Equal("app-env", profile.Target.AppId);
        Assert.Equal("file.example.com", profile.Target.TenantUrl);
    }

    [Fact]
    public void TryCreate_BlankVariable_IsIgnored()
    {
        Assert.True(RunRequest.TryCreate(new RunArguments(null), Env(("CHATSWARM_TENANT", "  ")), out var request, out _));

        Assert.Null(request!.Overrides.BaseAddress);
    }

    [Fact]
    public void TryCreate_BadTenantVariable_OneLineNamingTheVariable()
    {
        Assert.False(RunRequest.TryCreate(new RunArguments(null), Env(("CHATSWARM_TENANT", "ftp://files.example.com/")), out var request, out var error));

        Assert.Null(request);
        Assert.Equal("CHATSWARM_TENANT: expected an absolute http:// or https:// URL, got 'ftp://files.example.com/'", error);
    }

    [Fact]
    public void WithOverrides_RealTargetWithoutAppIdOrTenantUrl_NamesTheOptionAndVariable()
    {
        Assert.True(RunRequest.TryCreate(new RunArguments(null, Tenant: new Uri("https://t.example.com/")), NoEnvironment, out var request, out _));

        var ex = Assert.Throws<ProfileValidationException>(() => new LoadProfile { SourcePath = "p.yaml" }.WithOverrides(request!.Overrides));

        Assert.EndsWith("set it in the profile, with --tenant-url or CHATSWARM_TENANT_URL", ex.Errors[0], StringComparison.Ordinal);
        Assert.EndsWith("set it in the profile, with --app-id or CHATSWARM_APP_ID", ex.Errors[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sessions", "PROFILE")]
    [InlineData(" ", "PROFILE: expected a load profile path")]
    public void TryCreate_BadProfileArgument_OneLine(string profile, string expected)
    {
        Assert.False(RunRequest.TryCreate(new RunArguments(profile), NoEnvironment, out _, out var error));

        Assert.Contains(expected == "PROFILE" ? "unknown option '--sessions'" : expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, 3, 7)]
    [InlineData(null, 3, 3)]
    public void ResolveSeed_OptionThenProfile(int? option, int? profileSeed, int expected)
    {
        var request = new RunRequest(null, new LoadProfileOverrides(), option, "reports");

        Assert.Equal(expected, request.ResolveSeed(new LoadProfile { Seed = profileSeed }));
    }

    [Fact]
    public void ResolveSeed_NeitherGiven_RandomPositive()
    {
        var request = new RunRequest(null, new LoadProfileOverrides(), null, "reports");

        Assert.True(request.ResolveSeed(new LoadProfile()) > 0);
    }
}

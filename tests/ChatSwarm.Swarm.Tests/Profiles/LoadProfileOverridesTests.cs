using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Tests.Profiles;

public sealed class LoadProfileOverridesTests
{
    private static readonly LoadProfile Closed = new()
    {
        SourcePath = "p.yaml",
        Phases =
        [
            new RampPhase(0, 50, TimeSpan.FromSeconds(10)),
            new ConstantPhase(50, TimeSpan.FromSeconds(40)),
            new ArrivalPhase(2, TimeSpan.FromSeconds(10)),
        ],
        MaxSessions = 100,
    };

    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void WithOverrides_Nothing_ReturnsAnEqualProfile()
    {
        Assert.Equal(Closed, Closed.WithOverrides(new LoadProfileOverrides()));
    }

    [Fact]
    public void WithOverrides_EnvironmentOnly_FillsTheTarget()
    {
        var env = Env(("CHATSWARM_TENANT", "https://t.example.com/clientweb/api/v1/"), ("CHATSWARM_TENANT_URL", "t.example.com"), ("CHATSWARM_APP_ID", "app-env"));

        var profile = Closed.WithOverrides(new LoadProfileOverrides(), env);

        Assert.Equal(new Uri("https://t.example.com/clientweb/api/v1/"), profile.Target.BaseAddress);
        Assert.Equal("t.example.com", profile.Target.TenantUrl);
        Assert.Equal("app-env", profile.Target.AppId);
        Assert.False(profile.Target.UsesEmbeddedSimulator);
    }

    [Fact]
    public void WithOverrides_CommandLineAndEnvironment_CommandLineWins()
    {
        var env = Env(("CHATSWARM_TENANT", "https://env.example.com/"), ("CHATSWARM_TENANT_URL", "env.example.com"), ("CHATSWARM_APP_ID", "app-env"));
        var overrides = new LoadProfileOverrides { BaseAddress = "https://cli.example.com/", AppId = "app-cli" };

        var profile = Closed.WithOverrides(overrides, env);

        Assert.Equal(new Uri("https://cli.example.com/"), profile.Target.BaseAddress);
        Assert.Equal("env.example.com", profile.Target.TenantUrl);
        Assert.Equal("app-cli", profile.Target.AppId);
    }

    [Fact]
    public void WithOverrides_EnvironmentOverFile_ForSecrets()
    {
        var withFileTarget = Closed with { Target = new TargetSettings { BaseAddress = new Uri("https://file.example.com/"), TenantUrl = "file.example.com", AppId = "app-file" } };

        var profile = withFileTarget.WithOverrides(new LoadProfileOverrides(), Env(("CHATSWARM_APP_ID", "app-env")));

        Assert.Equal("app-env", profile.Target.AppId);
        Assert.Equal("file.example.com", profile.Target.TenantUrl);
    }

    [Fact]
    public void WithOverrides_RealTargetWithoutAppIdOrTenantUrl_NamesWhereToSetThem()
    {
        var ex = Assert.Throws<ProfileValidationException>(() => Closed.WithOverrides(new LoadProfileOverrides { BaseAddress = "https://t.example.com/" }));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("target.tenant_url is missing", ex.Errors[0]);
        Assert.Contains("--tenant-url or CHATSWARM_TENANT_URL", ex.Errors[0]);
        Assert.Contains("target.app_id is missing", ex.Errors[1]);
        Assert.Contains("--app-id or CHATSWARM_APP_ID", ex.Errors[1]);
    }

    [Theory]
    [InlineData("not a url", null, "--tenant: 'not a url' is not an absolute http(s) URL")]
    [InlineData(null, "ftp://files.example.com/", "CHATSWARM_TENANT: 'ftp://files.example.com/' is not an absolute http(s) URL")]
    public void WithOverrides_BadBaseAddress_NamesTheOptionOrVariable(string? cli, string? env, string expected)
    {
        var overrides = new LoadProfileOverrides { BaseAddress = cli, TenantUrl = "t", AppId = "a" };

        var ex = Assert.Throws<ProfileValidationException>(() => Closed.WithOverrides(overrides, Env(("CHATSWARM_TENANT", env ?? ""))));

        Assert.StartsWith(expected, Assert.Single(ex.Errors));
    }

    [Fact]
    public void WithOverrides_Sessions_ScalesCountsRatesAndCapByPeak()
    {
        var profile = Closed.WithOverrides(new LoadProfileOverrides { Sessions = 200 });

        Assert.Equal(
            new LoadPhase[]
            {
                new RampPhase(0, 200, TimeSpan.FromSeconds(10)),
                new ConstantPhase(200, TimeSpan.FromSeconds(40)),
                new ArrivalPhase(8, TimeSpan.FromSeconds(10)),
            },
            profile.Phases);
        Assert.Equal(400, profile.MaxSessions);
    }

    [Fact]
    public void WithOverrides_SessionsOnOpenModelProfile_ScalesTotalArrivals()
    {
        var open = new LoadProfile { Phases = [new ArrivalPhase(2, TimeSpan.FromSeconds(50)), new PausePhase(TimeSpan.FromSeconds(5))] };

        var profile = open.WithOverrides(new LoadProfileOverrides { Sessions = 50 });

        var plan = LoadPlan.Create(profile);
        Assert.Equal(50, plan.ExpectedArrivals(TimeSpan.Zero, plan.TotalDuration), 9);
        Assert.Equal(1, ((ArrivalPhase)profile.Phases[0]).RatePerSecond, 9);
    }

    [Fact]
    public void WithOverrides_SmallSessions_KeepsEveryPositiveCountAtLeastOne()
    {
        var profile = Closed.WithOverrides(new LoadProfileOverrides { Sessions = 1 });

        Assert.Equal(new RampPhase(0, 1, TimeSpan.FromSeconds(10)), profile.Phases[0]);
        Assert.Equal(new ConstantPhase(1, TimeSpan.FromSeconds(40)), profile.Phases[1]);
    }

    [Fact]
    public void WithOverrides_Duration_StretchesPhasesToExactlyTheTotal()
    {
        var profile = Closed.WithOverrides(new LoadProfileOverrides { Duration = TimeSpan.FromMinutes(2) });

        Assert.Equal(TimeSpan.FromMinutes(2), profile.TotalDuration);
        Assert.Equal(
            [TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(80), TimeSpan.FromSeconds(20)],
            profile.Phases.Select(p => p.Duration));
        Assert.Equal(50, ((ConstantPhase)profile.Phases[1]).Sessions);
    }

    [Fact]
    public void WithOverrides_DurationThatDoesNotDivideEvenly_StillSumsExactly()
    {
        var profile = Closed.WithOverrides(new LoadProfileOverrides { Duration = TimeSpan.FromMilliseconds(7777) });

        Assert.Equal(TimeSpan.FromMilliseconds(7777), profile.TotalDuration);
        Assert.All(profile.Phases, p => Assert.True(p.Duration > TimeSpan.Zero));
    }

    [Fact]
    public void WithOverrides_Seed_Replaces()
    {
        Assert.Equal(42, (Closed with { Seed = 1 }).WithOverrides(new LoadProfileOverrides { Seed = 42 }).Seed);
    }

    [Fact]
    public void WithOverrides_ImpossibleNumbers_ReportEveryProblem()
    {
        var ex = Assert.Throws<ProfileValidationException>(() => Closed.WithOverrides(new LoadProfileOverrides { Sessions = 0, Duration = TimeSpan.Zero }));

        Assert.Equal(["--duration must be positive, got 0", "--sessions must be at least 1, got 0"], ex.Errors);
    }
}

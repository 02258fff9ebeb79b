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

    [Fact]
    public void WithOverrides_Nothing_ReturnsAnEqualProfile()
    {
        Assert.Equal(Closed, Closed.WithOverrides(new LoadProfileOverrides()));
    }

    [Fact]
    public void WithOverrides_Target_ReplacesTheFilesValues()
    {
        var withFileTarget = Closed with { Target = new TargetSettings { BaseAddress = new Uri("https://file.example.com/"), TenantUrl = "file.example.com", AppId = "app-file" } };
        var overrides = new LoadProfileOverrides { BaseAddress = new(new Uri("https://t.example.com/clientweb/api/v1/"), "--tenant"), AppId = new("app-env", "CHATSWARM_APP_ID") };

        var profile = withFileTarget.WithOverrides(overrides);

        Assert.Equal(new Uri("https://t.example.com/clientweb/api/v1/"), profile.Target.BaseAddress);
        Assert.Equal("file.example.com", profile.Target.TenantUrl);
        Assert.Equal("app-env", profile.Target.AppId);
        Assert.False(profile.Target.UsesEmbeddedSimulator);
    }

    [Fact]
    public void WithOverrides_RealTargetWithoutAppIdOrTenantUrl_NamesWhereToSetThem()
    {
        var overrides = new LoadProfileOverrides
        {
            BaseAddress = new(new Uri("https://t.example.com/"), "--tenant"),
            TenantUrlElsewhere = "--tenant-url or CHATSWARM_TENANT_URL",
            AppIdElsewhere = "--app-id or CHATSWARM_APP_ID",
        };

        var ex = Assert.Throws<ProfileValidationException>(() => Closed.WithOverrides(overrides));

        Assert.Equal(
            [
                "p.yaml: target.tenant_url is missing for https://t.example.com/; set it in the profile, with --tenant-url or CHATSWARM_TENANT_URL",
                "p.yaml: target.app_id is missing for https://t.example.com/; set it in the profile, with --app-id or CHATSWARM_APP_ID",
            ],
            ex.Errors);
    }

    [Fact]
    public void WithOverrides_MissingWithNowhereElse_NamesTheProfileOnly()
    {
        var ex = Assert.Throws<ProfileValidationException>(() => Closed.WithOverrides(new LoadProfileOverrides { BaseAddress = new(new Uri("https://t.example.com/"), "x"), AppId = new("a", "y") }));

        Assert.Equal("p.yaml: target.tenant_url is missing for https://t.example.com/; set it in the profile", Assert.Single(ex.Errors));
    }

    [Theory]
    [InlineData("CHATSWARM_APP_ID", "CHATSWARM_APP_ID: the app id contains a double quote")]
    [InlineData(null, "p.yaml: target.app_id: the app id contains a double quote")]
    public void WithOverrides_UnsafeAppId_NamesWhereItCameFrom(string? source, string expected)
    {
        var profile = source is null ? Closed with { Target = new TargetSettings { AppId = "a\"b" } } : Closed;
        var overrides = source is null ? new LoadProfileOverrides() : new LoadProfileOverrides { AppId = new("a\"b", source) };

        var ex = Assert.Throws<ProfileValidationException>(() => profile.WithOverrides(overrides));

        Assert.StartsWith(expected, Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void WithOverrides_TenantUrlWithASpace_NamesWhereItCameFrom()
    {
        var ex = Assert.Throws<ProfileValidationException>(() => Closed.WithOverrides(new LoadProfileOverrides { TenantUrl = new("a b", "--tenant-url") }));

        Assert.StartsWith("--tenant-url: the tenant URL contains a space", Assert.Single(ex.Errors), StringComparison.Ordinal);
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

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void WithOverrides_ImpossibleNumbers_AreTheCallersBug(int sessions, int seconds)
    {
        var overrides = new LoadProfileOverrides { Sessions = sessions, Duration = TimeSpan.FromSeconds(seconds) };

        Assert.Throws<ArgumentOutOfRangeException>(() => Closed.WithOverrides(overrides));
    }
}

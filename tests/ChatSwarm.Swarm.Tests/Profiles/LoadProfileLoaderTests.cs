using System.Text.RegularExpressions;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Swarm.Tests.Profiles;

public sealed class LoadProfileLoaderTests
{
    private const string Source = "test.yaml";

    private const string MinimalPhases = """
        phases:
          - constant: {sessions: 10, duration: 30s}
        """;

    [Fact]
    public void Parse_MinimalProfile_FillsDocumentedDefaults()
    {
        var profile = LoadProfileLoader.Parse(MinimalPhases, Source);

        Assert.Equal("test", profile.Name);
        Assert.Equal(Source, profile.SourcePath);
        Assert.True(profile.Target.UsesEmbeddedSimulator);
        Assert.Equal(new EmbeddedSimulatorSettings(), profile.Simulator);
        Assert.Equal(new BackoffSettings(), profile.Backoff);
        Assert.Equal(TimeSpan.FromMilliseconds(500), profile.Backoff.Min);
        Assert.Equal(TimeSpan.FromSeconds(30), profile.Backoff.Max);
        Assert.Equal(0.2, profile.Backoff.RandomFactor);
        Assert.Equal(8, profile.Backoff.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(5), profile.ThresholdCheckInterval);
        Assert.Equal(TimeSpan.FromSeconds(10), profile.GracePeriod);
        Assert.Equal(1000, profile.CustomersPerSupervisor);
        Assert.True(profile.CheckAvailability);
        Assert.False(profile.AbortOnThresholdFailure);
        Assert.Null(profile.MaxSessions);
        Assert.Null(profile.Seed);
        Assert.Empty(profile.Thresholds);
        var mix = Assert.Single(profile.Mix);
        Assert.Equal(1, mix.Weight);
        Assert.EndsWith(Path.Combine("bots", "greeting-and-question.yaml"), mix.ScriptPath);
    }

    [Fact]
    public void Parse_EverySetting_IsRead()
    {
        using var folder = new TempProfileFolder();
        folder.Write("bots/a.yaml", "name: a");
        folder.Write("bots/b.yaml", "name: b");
        var yaml = """
            name: full
            description: every key
            target:
              base_url: https://tenant.example.com/clientweb/api/v1/
              tenant_url: tenant.example.com
              app_id: app-1
            phases:
              - ramp: {from: 0, to: 20, duration: 10s}
              - constant: {sessions: 20, duration: 1m}
              - arrival: {rate: 2.5, duration: 20s}
              - ramp_arrival: {from: 1, to: 4, duration: 30s}
              - pause: 5s
              - pause: {duration: 1s}
            max_sessions: 300
            mix:
              - script: ../bots/a.yaml
                weight: 3
              - ../bots/b.yaml
            think_time: {exponential: 2s, max: 10s}
            max_session_duration: 4m
            backoff: {min: 1s, max: 10s, random_factor: 0.5, max_retries: 3}
            thresholds:
              - error_rate < 1%
              - p99(get_new_chat_events) < 20s
            threshold_check_interval: 2s
            abort_on_threshold_failure: true
            check_availability: false
            close_case: true
            case_history: yes
            customers_per_supervisor: 250
            grace_period: 0
            seed: -4
            """;
        var path = folder.Write("profiles/full.yaml", yaml);

        var profile = LoadProfileLoader.Load(path);

        Assert.Equal("full", profile.Name);
        Assert.Equal("every key", profile.Description);
        Assert.Equal(new Uri("https://tenant.example.com/clientweb/api/v1/"), profile.Target.BaseAddress);
        Assert.Equal("tenant.example.com", profile.Target.TenantUrl);
        Assert.Equal("app-1", profile.Target.AppId);
        Assert.Equal(
            new LoadPhase[]
            {
                new RampPhase(0, 20, TimeSpan.FromSeconds(10)),
                new ConstantPhase(20, TimeSpan.FromMinutes(1)),
                new ArrivalPhase(2.5, TimeSpan.FromSeconds(20)),
                new RampArrivalPhase(1, 4, TimeSpan.FromSeconds(30)),
                new PausePhase(TimeSpan.FromSeconds(5)),
                new PausePhase(TimeSpan.FromSeconds(1)),
            },
            profile.Phases);
        Assert.Equal(300, profile.MaxSessions);
        Assert.Equal(
            [new ScriptWeight(Path.Combine(folder.Path, "bots", "a.yaml"), 3), new ScriptWeight(Path.Combine(folder.Path, "bots", "b.yaml"), 1)],
            profile.Mix);
        Assert.Equal(TimeSpan.FromSeconds(2), profile.ThinkTime.Mean);
        Assert.Equal(TimeSpan.FromMinutes(4), profile.MaxSessionDuration);
        Assert.Equal(new BackoffSettings { Min = TimeSpan.FromSeconds(1), Max = TimeSpan.FromSeconds(10), RandomFactor = 0.5, MaxRetries = 3 }, profile.Backoff);
        Assert.Equal(2, profile.Thresholds.Count);
        Assert.Equal(TimeSpan.FromSeconds(2), profile.ThresholdCheckInterval);
        Assert.True(profile.AbortOnThresholdFailure);
        Assert.False(profile.CheckAvailability);
        Assert.True(profile.CloseCase);
        Assert.True(profile.CaseHistory);
        Assert.Equal(250, profile.CustomersPerSupervisor);
        Assert.Equal(TimeSpan.Zero, profile.GracePeriod);
        Assert.Equal(-4, profile.Seed);
    }

    [Fact]
    public void Parse_SimulatorSection_IsReadAndFaultsResolveBesideTheProfile()
    {
        using var folder = new TempProfileFolder();
        var faults = folder.Write("faults/f.yaml", "rules: []");
        var path = folder.Write("p.yaml", MinimalPhases + """

            simulator:
              agents: 7
              chats_per_agent: 2
              poll_hold: 3s
              agent_think_time: [1s, 2s]
              exchanges_per_chat: 0
              faults: faults/f.yaml
              seed: 9
            """);

        var profile = LoadProfileLoader.Load(path);

        Assert.Equal(
            new EmbeddedSimulatorSettings
            {
                Agents = 7,
                ChatsPerAgent = 2,
                PollHold = TimeSpan.FromSeconds(3),
                AgentThinkTime = new DurationRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)),
                ExchangesPerChat = 0,
                FaultsFile = faults,
                Seed = 9,
            },
            profile.Simulator);
    }

    [Theory]
    [InlineData("phases:\n  - constant: {sessions: 10, duration: 30s}\nsesions: 5\n", 3, 1, "unknown key 'sesions'")]
    [InlineData("phases:\n  - constant: {sessions: 10, duration: 30s, rate: 3}\n", 2, 45, "unknown key 'rate' in the constant phase; expected one of sessions, duration")]
    [InlineData("phases:\n  - burst: {sessions: 10}\n", 2, 5, "unknown phase 'burst'")]
    [InlineData("phases:\n  - constant: {sessions: ten, duration: 30s}\n", 2, 26, "'constant.sessions' must be a whole number, at least 1, got 'ten'")]
    [InlineData("phases:\n  - constant: {sessions: 10, duration: 30}\n", 2, 40, "has no unit")]
    [InlineData("phases:\n  - constant: {sessions: 10, duration: 30s}\nabort_on_threshold_failure: maybe\n", 3, 29, "must be true or false")]
    [InlineData("phases:\n  - constant: {sessions: 10, duration: 30s}\nmax_sessions: [1, 2]\n", 3, 15, "'max_sessions' must be a whole number, at least 1, got a list")]
    [InlineData("phases:\n  - constant: {sessions: 10, duration: 30s}\ntarget: https://x\n", 3, 9, "'target' must be a mapping")]
    [InlineData("phases: constant\n", 1, 9, "'phases' must be a list")]
    [InlineData("phases: []\n", 1, 9, "'phases' is empty")]
    [InlineData("seed: 1\n", 1, 1, "the profile has no 'phases'")]
    [InlineData("- a\n- b\n", 1, 1, "the profile must be a mapping")]
    public void Parse_InvalidKeyOrType_ReportsOneLineAtFileLineColumn(string yaml, int line, int column, string fragment)
    {
        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse(yaml, Source));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith($"{Source}:{line}:{column}: ", error);
        Assert.Contains(fragment, error);
        Assert.DoesNotContain('\n', error);
    }

    [Theory]
    [InlineData("  - arrival: {rate: -2, duration: 10s}", "'arrival.rate' must be a number above 0, got -2")]
    [InlineData("  - arrival: {rate: 0, duration: 10s}", "'arrival.rate' must be a number above 0, got 0")]
    [InlineData("  - ramp_arrival: {from: -1, to: 5, duration: 10s}", "'ramp_arrival.from' must be a number, 0 or more, got -1")]
    [InlineData("  - ramp: {from: 0, to: 0, duration: 0s}", "'ramp.duration' must be positive")]
    [InlineData("  - ramp: {from: 0, to: 0, duration: 10s}", "ramp from 0 to 0 opens no sessions")]
    [InlineData("  - ramp: {from: 5, to: -5, duration: 10s}", "'ramp.to' must be a whole number, 0 or more, got -5")]
    [InlineData("  - ramp_arrival: {from: 0, to: 0, duration: 10s}", "ramp_arrival from 0 to 0 starts no sessions")]
    [InlineData("  - constant: {sessions: 0, duration: 10s}", "'constant.sessions' must be a whole number, at least 1, got 0")]
    [InlineData("  - constant: {sessions: 5, duration: 0}", "'constant.duration' must be positive")]
    [InlineData("  - constant: {sessions: 5, duration: -3s}", "'constant.duration': '-3s' is negative")]
    [InlineData("  - pause: 0s", "'pause.duration' must be positive")]
    [InlineData("  - constant: {sessions: 5}", "constant phase is missing 'duration'")]
    [InlineData("  - ramp: {from: 1, duration: 10s}", "ramp phase is missing 'to'")]
    [InlineData("  - {ramp: {to: 1, duration: 1s}, pause: 1s}", "exactly one of ramp, constant, arrival, ramp_arrival or pause")]
    public void Parse_ImpossiblePhase_ReportsIt(string phaseLine, string fragment)
    {
        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse("phases:\n" + phaseLine + "\n", Source));

        var error = Assert.Single(ex.Errors);
        Assert.Matches(new Regex($"^{Regex.Escape(Source)}:2:\\d+: "), error);
        Assert.Contains(fragment, error);
    }

    [Theory]
    [InlineData("error_rate < 1", "wrong unit")]
    [InlineData("p95(request_chats) < 2s", "unknown step 'request_chats'")]
    [InlineData("p95(request_chat) 2s", "has no comparison")]
    [InlineData("zero(teapot)", "unknown error code 'teapot'")]
    [InlineData("latency < 2s", "unknown metric 'latency'")]
    public void Parse_BadThreshold_ReportsItsLineAndColumn(string expression, string fragment)
    {
        var yaml = MinimalPhases + "\nthresholds:\n  - zero(5509)\n  - " + expression + "\n";

        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse(yaml, Source));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith($"{Source}:5:5: bad threshold: ", error);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneInFileOrder()
    {
        var yaml = """
            name: broken
            colour: blue
            phases:
              - ramp: {from: 0, to: 0, duration: 0s}
              - arrival: {rate: -1, duration: 10s}
            backoff: {min: 5s, max: 1s}
            thresholds:
              - p95(request_chat) < fast
            """;

        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse(yaml, Source));

        Assert.Equal(5, ex.Errors.Count);
        Assert.StartsWith("test.yaml:2:1: unknown key 'colour'", ex.Errors[0]);
        Assert.StartsWith("test.yaml:4:38: 'ramp.duration' must be positive", ex.Errors[1]);
        Assert.StartsWith("test.yaml:5:21: 'arrival.rate'", ex.Errors[2]);
        Assert.StartsWith("test.yaml:6:10: backoff.max must be at least backoff.min", ex.Errors[3]);
        Assert.StartsWith("test.yaml:8:5: bad threshold:", ex.Errors[4]);
        Assert.All(ex.Errors, e => Assert.DoesNotContain('\n', e));
        Assert.Equal(string.Join(Environment.NewLine, ex.Errors), ex.Message);
    }

    [Fact]
    public void Parse_InvalidYaml_ReportsLineAndColumn()
    {
        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse("phases:\n  - constant: {sessions: 10\n", Source));

        var error = Assert.Single(ex.Errors);
        Assert.Matches(@"^test\.yaml:\d+:\d+: invalid YAML: ", error);
    }

    [Fact]
    public void Parse_DuplicateKey_IsReported()
    {
        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse(MinimalPhases + "\nseed: 1\nseed: 2\n", Source));

        Assert.Matches(@"^test\.yaml:\d+:\d+: ", Assert.Single(ex.Errors));
    }

    [Fact]
    public void Parse_TargetWithSimulatorSection_IsAConflict()
    {
        var yaml = MinimalPhases + "\ntarget:\n  base_url: https://t.example.com/\nsimulator:\n  agents: 3\n";

        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse(yaml, Source));

        Assert.StartsWith("test.yaml:5:1: 'simulator' applies only to the embedded simulator", Assert.Single(ex.Errors));
    }

    [Theory]
    [InlineData("target:\n  base_url: ftp://x/\n", "'target.base_url' must be an absolute http(s) URL, got 'ftp://x/'")]
    [InlineData("target:\n  base_url: /relative\n", "'target.base_url' must be an absolute http(s) URL")]
    [InlineData("target:\n  app: x\n", "unknown key 'app' in target; expected one of base_url, tenant_url, app_id")]
    [InlineData("simulator:\n  faults: nowhere.yaml\n", "'simulator.faults' file 'nowhere.yaml' not found")]
    [InlineData("simulator:\n  agent_think_time: {min: 3s, max: 1s}\n", "'simulator.agent_think_time' max is below min")]
    [InlineData("simulator:\n  poll_hold: 10m\n", "'simulator.poll_hold' must be at most 5m")]
    [InlineData("mix:\n  - script: missing.yaml\n", "bot script 'missing.yaml' not found")]
    [InlineData("mix:\n  - {script: x.yaml, weight: 0}\n", "'mix.weight' must be a number above 0, got 0")]
    [InlineData("mix: []\n", "'mix' must be a non-empty list")]
    [InlineData("think_time: {gaussian: 2s}\n", "unknown key 'gaussian' in think_time; expected one of constant, uniform, exponential, max")]
    [InlineData("backoff: {min: 1s, random_factor: 2}\n", "backoff.random_factor must be between 0 and 1")]
    [InlineData("customers_per_supervisor: 0\n", "'customers_per_supervisor' must be a whole number, at least 1, got 0")]
    [InlineData("threshold_check_interval: 0s\n", "'threshold_check_interval' must be positive")]
    [InlineData("thresholds: error_rate < 1%\n", "'thresholds' must be a list")]
    public void Parse_BadSection_ReportsIt(string section, string fragment)
    {
        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Parse(MinimalPhases + "\n" + section, Source));

        var error = Assert.Single(ex.Errors);
        Assert.Matches(@"^test\.yaml:\d+:\d+: ", error);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void Parse_Thresholds_AreParsedInOrder()
    {
        var profile = LoadProfileLoader.Parse(MinimalPhases + "\nthresholds:\n  - zero(5509)\n  - p95(request_chat) < 2s\n", Source);

        Assert.Equal(ThresholdMetric.ErrorCount, profile.Thresholds[0].Metric);
        Assert.Equal(2000, profile.Thresholds[1].Limit);
    }

    [Fact]
    public void Load_MissingFile_ReportsThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "chatswarm-no-such-profile-" + Guid.NewGuid().ToString("N") + ".yaml");

        var ex = Assert.Throws<ProfileValidationException>(() => LoadProfileLoader.Load(path));

        Assert.StartsWith(path + ": cannot read load profile", Assert.Single(ex.Errors));
    }
}

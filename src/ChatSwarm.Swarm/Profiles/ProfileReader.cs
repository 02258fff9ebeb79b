using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// Walks a profile's YAML tree, building a <see cref="LoadProfile"/> and collecting every problem as a one-line
/// "file:line:column: message" instead of stopping at the first, so a user fixes a file in one pass.
/// </summary>
internal sealed partial class ProfileReader
{
    private static readonly string[] RootKeys =
    [
        "name", "description", "target", "simulator", "phases", "max_sessions", "mix", "think_time", "max_session_duration", "backoff",
        "thresholds", "threshold_check_interval", "abort_on_threshold_failure", "check_availability", "close_case", "case_history",
        "customers_per_supervisor", "grace_period", "seed", "transcripts", "customers",
    ];

    private readonly string _source;
    private readonly string _baseDirectory;
    private readonly YamlReader _yaml;

    public ProfileReader(string source)
    {
        _source = source;
        _yaml = new YamlReader(source);
        _baseDirectory = Path.GetDirectoryName(Path.GetFullPath(source)) ?? Directory.GetCurrentDirectory();
    }

    /// <summary>Every problem found so far.</summary>
    public IReadOnlyList<string> Errors => _yaml.Errors;

    /// <summary>Parses the YAML text and reads its first document; null when the text is not valid YAML or holds no document.</summary>
    public LoadProfile? Read(string text)
    {
        if (!_yaml.TryLoad(text, out var root))
        {
            return null;
        }

        if (root is null)
        {
            _yaml.Add($"{_yaml.At(1, 1)}: the profile is empty; expected a mapping with at least 'phases'");
            return null;
        }

        return Read(root);
    }

    /// <summary>Reads the root mapping; returns null when it is not a mapping (an error is recorded).</summary>
    private LoadProfile? Read(YamlNode root)
    {
        if (root is not YamlMappingNode map)
        {
            _yaml.Error(root, $"the profile must be a mapping of settings, got {YamlReader.Describe(root)}; expected keys such as name, phases, thresholds");
            return null;
        }

        var profile = new LoadProfile
        {
            Name = Path.GetFileNameWithoutExtension(_source),
            SourcePath = _source,
        };
        YamlNode? phasesNode = null;
        YamlNode? targetBaseNode = null;
        YamlNode? simulatorKey = null;
        foreach (var (key, keyNode, value) in _yaml.Entries(map, "the profile", RootKeys))
        {
            switch (key)
            {
                case "name":
                    if (_yaml.String(value, key) is { } name) profile = profile with { Name = name };
                    break;
                case "description":
                    if (_yaml.String(value, key) is { } description) profile = profile with { Description = description };
                    break;
                case "target":
                    var target = ReadTarget(value, out targetBaseNode);
                    if (target is not null) profile = profile with { Target = target };
                    break;
                case "simulator":
                    simulatorKey = keyNode;
                    if (ReadSimulator(value) is { } simulator) profile = profile with { Simulator = simulator };
                    break;
                case "phases":
                    phasesNode = value;
                    profile = profile with { Phases = ReadPhases(value) };
                    break;
                case "max_sessions":
                    if (_yaml.Int(value, key, min: 1) is { } cap) profile = profile with { MaxSessions = cap };
                    break;
                case "mix":
                    profile = profile with { Mix = ReadMix(value) };
                    break;
                case "think_time":
                    if (_yaml.Delay(value, key) is { } think) profile = profile with { ThinkTime = think };
                    break;
                case "max_session_duration":
                    if (_yaml.Duration(value, key, positive: true) is { } maxDuration) profile = profile with { MaxSessionDuration = maxDuration };
                    break;
                case "backoff":
                    if (ReadBackoff(value) is { } backoff) profile = profile with { Backoff = backoff };
                    break;
                case "thresholds":
                    profile = profile with { Thresholds = ReadThresholds(value) };
                    break;
                case "threshold_check_interval":
                    if (_yaml.Duration(value, key, positive: true) is { } interval) profile = profile with { ThresholdCheckInterval = interval };
                    break;
                case "abort_on_threshold_failure":
                    if (_yaml.Bool(value, key) is { } abort) profile = profile with { AbortOnThresholdFailure = abort };
                    break;
                case "check_availability":
                    if (_yaml.Bool(value, key) is { } check) profile = profile with { CheckAvailability = check };
                    break;
                case "close_case":
                    if (_yaml.Bool(value, key) is { } close) profile = profile with { CloseCase = close };
                    break;
                case "case_history":
                    if (_yaml.Bool(value, key) is { } history) profile = profile with { CaseHistory = history };
                    break;
                case "customers_per_supervisor":
                    if (_yaml.Int(value, key, min: 1) is { } perSupervisor) profile = profile with { CustomersPerSupervisor = perSupervisor };
                    break;
                case "grace_period":
                    if (_yaml.Duration(value, key, positive: false) is { } grace) profile = profile with { GracePeriod = grace };
                    break;
                case "customers":
                    if (ReadCustomerFeed(value) is { } feed) profile = profile with { Customers = feed };
                    break;
                case "transcripts":
                    if (_yaml.Int(value, key, min: 0, max: 1000) is { } transcripts) profile = profile with { Transcripts = transcripts };
                    break;
                case "seed":
                    if (_yaml.Int(value, key) is { } seed) profile = profile with { Seed = seed };
                    break;
            }
        }

        if (phasesNode is null)
        {
            _yaml.Error(map, "the profile has no 'phases'; expected a list such as [{ramp: {from: 0, to: 50, duration: 10s}}, {constant: {sessions: 50, duration: 1m}}]");
        }

        else if (profile.Phases.Sum(p => p.Duration.TotalDays) > MaxTotalDays)
        {
            // Summing the phases as TimeSpans would overflow long before; a run longer than this is a typo.
            _yaml.Error(phasesNode, $"the phases last {profile.Phases.Sum(p => p.Duration.TotalDays):0.#} days in total; expected at most {MaxTotalDays} days");
        }

        if (targetBaseNode is not null && simulatorKey is not null)
        {
            _yaml.Error(simulatorKey, "'simulator' applies only to the embedded simulator but target.base_url is set; remove one of them");
        }

        if (profile.Mix.Count == 0)
        {
            profile = profile with { Mix = [new ScriptWeight(DefaultScriptPath(), 1)] };
        }

        return profile;
    }

    /// <summary>The default script: the first bots/greeting-and-question.yaml found beside or above the profile, else the one in ../bots.</summary>
    private string DefaultScriptPath()
    {
        for (var dir = new DirectoryInfo(_baseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, LoadProfileLoader.DefaultScript);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine(_baseDirectory, "..", LoadProfileLoader.DefaultScript));
    }

    private string ResolvePath(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(_baseDirectory, path));

    /// <summary>The longest plan a profile may describe.</summary>
    private const int MaxTotalDays = 366;
}

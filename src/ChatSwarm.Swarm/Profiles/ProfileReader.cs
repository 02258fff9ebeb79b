using System.Globalization;
using ChatSwarm.Bots.Timing;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// Walks a profile's YAML tree, building a <see cref="LoadProfile"/> and collecting every problem as a one-line
/// "file:line:column: message" instead of stopping at the first, so a user fixes a file in one pass.
/// </summary>
internal sealed partial class ProfileReader
{
    private const string RootKeys =
        "name, description, target, simulator, phases, max_sessions, mix, think_time, max_session_duration, backoff, thresholds, threshold_check_interval, abort_on_threshold_failure, check_availability, close_case, case_history, customers_per_supervisor, grace_period, seed, transcripts, customers";

    private readonly string _source;
    private readonly string _baseDirectory;
    private readonly List<string> _errors = [];

    public ProfileReader(string source)
    {
        _source = source;
        _baseDirectory = Path.GetDirectoryName(Path.GetFullPath(source)) ?? Directory.GetCurrentDirectory();
    }

    /// <summary>Every problem found so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Reads the root mapping; returns null when it is not a mapping (an error is recorded).</summary>
    public LoadProfile? Read(YamlNode root)
    {
        if (root is not YamlMappingNode map)
        {
            Error(root, $"the profile must be a mapping of settings, got {Describe(root)}; expected keys such as name, phases, thresholds");
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
        foreach (var (keyNode, value) in map.Children)
        {
            var key = KeyName(keyNode);
            switch (key)
            {
                case "name":
                    if (ReadString(value, key) is { } name) profile = profile with { Name = name };
                    break;
                case "description":
                    if (ReadString(value, key) is { } description) profile = profile with { Description = description };
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
                    if (ReadInt(value, key, min: 1) is { } cap) profile = profile with { MaxSessions = cap };
                    break;
                case "mix":
                    profile = profile with { Mix = ReadMix(value) };
                    break;
                case "think_time":
                    if (DelayDistributionParser.TryParse(value, _source, out var think, out var thinkError))
                    {
                        profile = profile with { ThinkTime = think! };
                    }
                    else
                    {
                        _errors.Add($"{thinkError} (in think_time)");
                    }

                    break;
                case "max_session_duration":
                    if (ReadDuration(value, key, positive: true) is { } maxDuration) profile = profile with { MaxSessionDuration = maxDuration };
                    break;
                case "backoff":
                    if (ReadBackoff(value) is { } backoff) profile = profile with { Backoff = backoff };
                    break;
                case "thresholds":
                    profile = profile with { Thresholds = ReadThresholds(value) };
                    break;
                case "threshold_check_interval":
                    if (ReadDuration(value, key, positive: true) is { } interval) profile = profile with { ThresholdCheckInterval = interval };
                    break;
                case "abort_on_threshold_failure":
                    if (ReadBool(value, key) is { } abort) profile = profile with { AbortOnThresholdFailure = abort };
                    break;
                case "check_availability":
                    if (ReadBool(value, key) is { } check) profile = profile with { CheckAvailability = check };
                    break;
                case "close_case":
                    if (ReadBool(value, key) is { } close) profile = profile with { CloseCase = close };
                    break;
                case "case_history":
                    if (ReadBool(value, key) is { } history) profile = profile with { CaseHistory = history };
                    break;
                case "customers_per_supervisor":
                    if (ReadInt(value, key, min: 1) is { } perSupervisor) profile = profile with { CustomersPerSupervisor = perSupervisor };
                    break;
                case "grace_period":
                    if (ReadDuration(value, key, positive: false) is { } grace) profile = profile with { GracePeriod = grace };
                    break;
                case "customers":
                    if (ReadCustomerFeed(value) is { } feed) profile = profile with { Customers = feed };
                    break;
                case "transcripts":
                    if (ReadInt(value, key, min: 0, max: 1000) is { } transcripts) profile = profile with { Transcripts = transcripts };
                    break;
                case "seed":
                    if (ReadInt(value, key, min: int.MinValue) is { } seed) profile = profile with { Seed = seed };
                    break;
                case null:
                    break;
                default:
                    Error(keyNode, $"unknown key '{key}'; expected one of {RootKeys}");
                    break;
            }
        }

        if (phasesNode is null)
        {
            Error(map, "the profile has no 'phases'; expected a list such as [{ramp: {from: 0, to: 50, duration: 10s}}, {constant: {sessions: 50, duration: 1m}}]");
        }

        else if (profile.Phases.Sum(p => p.Duration.TotalDays) > MaxTotalDays)
        {
            // Summing the phases as TimeSpans would overflow long before; a run longer than this is a typo.
            Error(phasesNode, $"the phases last {profile.Phases.Sum(p => p.Duration.TotalDays):0.#} days in total; expected at most {MaxTotalDays} days");
        }

        if (targetBaseNode is not null && simulatorKey is not null)
        {
            Error(simulatorKey, "'simulator' applies only to the embedded simulator but target.base_url is set; remove one of them");
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

    private string? KeyName(YamlNode keyNode)
    {
        if (keyNode is YamlScalarNode { Value: { Length: > 0 } key })
        {
            return key;
        }

        Error(keyNode, "keys must be plain names");
        return null;
    }

    /// <summary>The longest plan a profile may describe.</summary>
    private const int MaxTotalDays = 366;

    private void Error(YamlNode node, string message) => _errors.Add($"{_source}:{node.Start.Line}:{node.Start.Column}: {message}");

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an unsupported node",
    };

    private string? Scalar(YamlNode node, string field, string expected)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        Error(node, $"'{field}' must be {expected}, got {Describe(node)}");
        return null;
    }

    private string? ReadString(YamlNode node, string field) => Scalar(node, field, "a text value");

    private int? ReadInt(YamlNode node, string field, int min, int max = int.MaxValue)
    {
        var expected = min <= int.MinValue ? "a whole number" : min == 0 ? "a whole number, 0 or more" : $"a whole number, at least {min}";
        var text = Scalar(node, field, expected);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(node, $"'{field}' must be {expected}, got '{text}'");
            return null;
        }

        if (value < min || value > max)
        {
            Error(node, $"'{field}' must be {(max == int.MaxValue ? expected : $"between {min} and {max}")}, got {value}");
            return null;
        }

        return value;
    }

    private double? ReadNumber(YamlNode node, string field, double min, bool minExclusive)
    {
        var expected = minExclusive ? $"a number above {Format(min)}" : $"a number, {Format(min)} or more";
        var text = Scalar(node, field, expected);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            Error(node, $"'{field}' must be {expected}, got '{text}'");
            return null;
        }

        if (value < min || (minExclusive && value == min))
        {
            Error(node, $"'{field}' must be {expected}, got {Format(value)}");
            return null;
        }

        return value;
    }

    private bool? ReadBool(YamlNode node, string field)
    {
        var text = Scalar(node, field, "true or false");
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(node, $"'{field}' must be true or false, got '{text}'");
                return null;
        }
    }

    private TimeSpan? ReadDuration(YamlNode node, string field, bool positive)
    {
        var expected = positive ? "a positive duration such as 500ms, 10s or 2m" : "a duration such as 0, 500ms, 10s or 2m";
        var text = Scalar(node, field, expected);
        if (text is null)
        {
            return null;
        }

        if (text.TrimStart().StartsWith('-'))
        {
            Error(node, $"'{field}' must not be negative, got '{text}'; expected {expected}");
            return null;
        }

        if (!DurationParser.TryParse(text, out var value, out var error))
        {
            Error(node, $"'{field}': {error}");
            return null;
        }

        if (positive && value <= TimeSpan.Zero)
        {
            Error(node, $"'{field}' must be positive, got '{text}'; expected {expected}");
            return null;
        }

        return value;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

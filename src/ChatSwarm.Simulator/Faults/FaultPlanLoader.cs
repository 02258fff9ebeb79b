using ChatSwarm.Client;
using ChatSwarm.Configuration.Naming;
using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Simulator.Faults;

/// <summary>
/// Reads a fault plan from YAML:
/// <code>
/// seed: 7
/// rules:
///   - method: get_new_chat_events   # a method in snake_case as in reports, or "*" for all
///     fault: 5001                   # 5000 | 5001 | 5004 | 5500 | 503 | 429 | drop | latency
///     probability: 0.05
///     latency: 250ms                # only for fault: latency
/// outages:
///   - start: 30s
///     duration: 10s
/// </code>
/// Every problem in the file is reported, not just the first: <see cref="FaultPlanException.Errors"/> lists them.
/// </summary>
public static class FaultPlanLoader
{
    private const int MaxDays = 366;
    private static readonly string[] RootKeys = ["seed", "rules", "outages"];
    private static readonly string[] RuleKeys = ["method", "fault", "probability", "latency"];
    private static readonly string[] OutageKeys = ["start", "duration"];

    /// <summary>
    /// The names two methods had in fault plans before plans, reports and thresholds shared one method list;
    /// plans written with them still load.
    /// </summary>
    private static readonly Dictionary<string, ApiMethod> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["get_profile_photo"] = ApiMethod.GetAgentProfilePhoto,
        ["get_widget_configuration"] = ApiMethod.GetChatWidgetConfiguration,
    };

    /// <summary>Loads a plan from a file; problems are a <see cref="FaultPlanException"/> listing each as "file:line:column: message".</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>The plan.</returns>
    public static FaultPlan Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FaultPlanException($"{path}: cannot read fault plan: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses a plan from YAML text.</summary>
    /// <param name="yaml">The YAML.</param>
    /// <param name="sourceName">Name used in error messages, usually the file path.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="FaultPlanException">The plan is invalid; every problem is listed.</exception>
    public static FaultPlan Parse(string yaml, string sourceName = "faults.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var reader = new YamlReader(sourceName);
        if (!reader.TryLoad(yaml, out var root))
        {
            throw new FaultPlanException(reader.Errors);
        }

        if (root is null || (root is YamlScalarNode && YamlReader.IsNull(root)))
        {
            return FaultPlan.None;
        }

        var plan = Read(reader, root);
        return reader.HasErrors ? throw new FaultPlanException(reader.Errors) : plan;
    }

    private static FaultPlan Read(YamlReader yaml, YamlNode root)
    {
        var plan = new FaultPlan();
        if (yaml.Mapping(root, "the fault plan", "a mapping with keys seed, rules, outages") is not { } map)
        {
            return plan;
        }

        var rules = new List<FaultRule>();
        var outages = new List<OutageWindow>();
        foreach (var (key, value) in yaml.Entries(map, "the fault plan", RootKeys))
        {
            switch (key)
            {
                case "seed":
                    plan = plan with { Seed = yaml.Int(value, "seed") };
                    break;
                case "rules":
                    foreach (var item in yaml.Sequence(value, "rules", "a list of rules")?.Children ?? [])
                    {
                        if (ReadRule(yaml, item) is { } rule) rules.Add(rule);
                    }

                    break;
                default:
                    foreach (var item in yaml.Sequence(value, "outages", "a list of outages")?.Children ?? [])
                    {
                        if (ReadOutage(yaml, item) is { } outage) outages.Add(outage);
                    }

                    break;
            }
        }

        return plan with { Rules = rules, Outages = outages };
    }

    private static FaultRule? ReadRule(YamlReader yaml, YamlNode node)
    {
        if (yaml.Mapping(node, "rules[]", "a rule mapping with method, fault, probability") is not { } map)
        {
            return null;
        }

        ApiMethod? method = null;
        FaultKind? kind = null;
        double? probability = 1.0;
        TimeSpan? latency = TimeSpan.Zero;
        var entries = yaml.Entries(map, "a rule", RuleKeys);
        bool sawMethod = false, sawFault = false, ok = entries.Count == map.Children.Count;
        foreach (var (key, value) in entries)
        {
            switch (key)
            {
                case "method":
                    sawMethod = true;
                    ok &= TryReadMethod(yaml, value, out method);
                    break;
                case "fault":
                    sawFault = true;
                    kind = ReadKind(yaml, value);
                    ok &= kind is not null;
                    break;
                case "probability":
                    probability = yaml.Number(value, "probability", 0, 1);
                    break;
                default:
                    latency = yaml.Duration(value, "latency");
                    break;
            }
        }

        // A misspelt key already explains a missing one; saying both would be two errors for one mistake.
        if (!sawMethod && ok) yaml.Error(node, "rule is missing 'method' (a method name in snake_case, or \"*\")");
        if (!sawFault && ok) yaml.Error(node, "rule is missing 'fault' (5000, 5001, 5004, 5500, 503, 429, drop or latency)");
        if (kind == FaultKind.Latency && latency == TimeSpan.Zero) yaml.Error(node, "a latency fault needs 'latency', e.g. latency: 250ms");
        return sawMethod && ok && kind is not null && probability is not null && latency is not null
            ? new FaultRule(method, kind.Value, probability.Value, latency.Value)
            : null;
    }

    private static OutageWindow? ReadOutage(YamlReader yaml, YamlNode node)
    {
        if (yaml.Mapping(node, "outages[]", "an outage mapping with start and duration") is not { } map)
        {
            return null;
        }

        TimeSpan? start = null, duration = null;
        YamlNode? durationNode = null;
        var entries = yaml.Entries(map, "an outage", OutageKeys);
        foreach (var (key, value) in entries)
        {
            if (key == "start")
            {
                start = yaml.Duration(value, "start");
            }
            else
            {
                durationNode = value;
                duration = yaml.Duration(value, "duration", positive: true);
            }
        }

        var keysOk = entries.Count == map.Children.Count;
        if (YamlReader.Child(map, "start") is null && keysOk) yaml.Error(node, "outage is missing 'start', e.g. start: 30s");
        if (durationNode is null && keysOk) yaml.Error(node, "outage needs a positive 'duration', e.g. duration: 10s");
        if (start is null || duration is null)
        {
            return null;
        }

        if (start.Value.TotalDays + duration.Value.TotalDays > MaxDays)
        {
            yaml.Error(node, $"outage ends more than {MaxDays} days after the start; expected start and duration within a run");
            return null;
        }

        return new OutageWindow(start.Value, duration.Value);
    }

    private static bool TryReadMethod(YamlReader yaml, YamlNode node, out ApiMethod? method)
    {
        method = null;
        if (yaml.String(node, "method") is not { } text)
        {
            return false;
        }

        if (text is "*" or "all")
        {
            return true;
        }

        if (SnakeCaseNames.TryParse<ApiMethod>(text, out var found) || ShortNames.TryGetValue(text, out found))
        {
            method = found;
            return true;
        }

        yaml.Error(node, $"unknown method '{text}', expected \"*\" or one of {string.Join(", ", SnakeCaseNames.All<ApiMethod>())}");
        return false;
    }

    private static FaultKind? ReadKind(YamlReader yaml, YamlNode node)
    {
        if (yaml.String(node, "fault") is not { } text)
        {
            return null;
        }

        foreach (var k in Enum.GetValues<FaultKind>())
        {
            if (string.Equals(FaultRule.NameOf(k), text, StringComparison.OrdinalIgnoreCase)) return k;
        }

        yaml.Error(node, $"unknown fault '{text}', expected 5000, 5001, 5004, 5500, 503, 429, drop or latency");
        return null;
    }
}

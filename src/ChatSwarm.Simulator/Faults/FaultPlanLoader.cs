using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Simulator.Faults;

/// <summary>
/// Reads a fault plan from YAML:
/// <code>
/// seed: 7
/// rules:
///   - method: get_new_chat_events   # a method in snake_case, or "*" for all
///     fault: 5001                   # 5000 | 5001 | 5004 | 5500 | 503 | 429 | drop | latency
///     probability: 0.05
///     latency: 250ms                # only for fault: latency
/// outages:
///   - start: 30s
///     duration: 10s
/// </code>
/// </summary>
public static class FaultPlanLoader
{
    /// <summary>Loads a plan from a file; every problem is a <see cref="FaultPlanException"/> with "file:line:column: message".</summary>
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
    public static FaultPlan Parse(string yaml, string sourceName = "faults.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = FaultYamlReader.Load(yaml, sourceName);

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return FaultPlan.None;
        }

        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(sourceName, stream.Documents[0].RootNode, "expected a mapping with keys seed, rules, outages");
        int? seed = null;
        var rules = new List<FaultRule>();
        var outages = new List<OutageWindow>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = KeyOf(sourceName, keyNode);
            switch (key)
            {
                case "seed":
                    seed = ParseInt(sourceName, value, "seed");
                    break;
                case "rules":
                    foreach (var item in Sequence(sourceName, value, "rules")) rules.Add(ParseRule(sourceName, item));
                    break;
                case "outages":
                    foreach (var item in Sequence(sourceName, value, "outages")) outages.Add(ParseOutage(sourceName, item));
                    break;
                default:
                    throw Error(sourceName, keyNode, $"unknown key '{key}', expected seed, rules or outages");
            }
        }

        return new FaultPlan { Seed = seed, Rules = rules, Outages = outages };
    }

    private static FaultRule ParseRule(string source, YamlNode node)
    {
        var map = node as YamlMappingNode ?? throw Error(source, node, "expected a rule mapping with method, fault, probability");
        ApiMethod? method = null;
        FaultKind? kind = null;
        double? probability = null;
        var latency = TimeSpan.Zero;
        var sawMethod = false;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = KeyOf(source, keyNode);
            switch (key)
            {
                case "method":
                    sawMethod = true;
                    method = ParseMethod(source, value);
                    break;
                case "fault":
                    kind = ParseKind(source, value);
                    break;
                case "probability":
                    var p = ParseDouble(source, value, "probability");
                    if (!(p >= 0 && p <= 1)) throw Error(source, value, $"probability must be between 0 and 1, got {p.ToString(CultureInfo.InvariantCulture)}");
                    probability = p;
                    break;
                case "latency":
                    latency = ParseDuration(source, value, "latency");
                    break;
                default:
                    throw Error(source, keyNode, $"unknown rule key '{key}', expected method, fault, probability or latency");
            }
        }

        if (!sawMethod) throw Error(source, node, "rule is missing 'method' (a method name in snake_case, or \"*\")");
        if (kind is null) throw Error(source, node, "rule is missing 'fault' (5000, 5001, 5004, 5500, 503, 429, drop or latency)");
        if (kind == FaultKind.Latency && latency == TimeSpan.Zero) throw Error(source, node, "a latency fault needs 'latency', e.g. latency: 250ms");
        return new FaultRule(method, kind.Value, probability ?? 1.0, latency);
    }

    private static OutageWindow ParseOutage(string source, YamlNode node)
    {
        var map = node as YamlMappingNode ?? throw Error(source, node, "expected an outage mapping with start and duration");
        TimeSpan? start = null, duration = null;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = KeyOf(source, keyNode);
            switch (key)
            {
                case "start": start = ParseDuration(source, value, "start"); break;
                case "duration": duration = ParseDuration(source, value, "duration"); break;
                default: throw Error(source, keyNode, $"unknown outage key '{key}', expected start or duration");
            }
        }

        if (start is null) throw Error(source, node, "outage is missing 'start', e.g. start: 30s");
        if (duration is null || duration <= TimeSpan.Zero) throw Error(source, node, "outage needs a positive 'duration', e.g. duration: 10s");
        if ((start.Value + duration.Value).TotalDays > 366 || start.Value.TotalDays > 366)
            throw Error(source, node, "outage ends more than 366 days after the start; expected start and duration within a run");
        return new OutageWindow(start.Value, duration.Value);
    }

    /// <summary>Maps "get_new_chat_events", "GetNewChatEvents" or "get-new-chat-events" to the method; "*" and "all" mean every method.</summary>
    /// <param name="text">The method name.</param>
    /// <param name="method">The method, or null for every method.</param>
    /// <returns>True when the name is known.</returns>
    internal static bool TryParseMethod(string text, out ApiMethod? method)
    {
        method = null;
        if (text is "*" or "all") return true;
        var normalized = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var m in Enum.GetValues<ApiMethod>())
        {
            if (string.Equals(m.ToString(), normalized, StringComparison.OrdinalIgnoreCase))
            {
                method = m;
                return true;
            }
        }

        return false;
    }

    private static ApiMethod? ParseMethod(string source, YamlNode node)
    {
        var text = Scalar(source, node, "method");
        if (TryParseMethod(text, out var method)) return method;
        var names = string.Join(", ", Enum.GetValues<ApiMethod>().Select(SnakeCase));
        throw Error(source, node, $"unknown method '{text}', expected \"*\" or one of {names}");
    }

    private static FaultKind ParseKind(string source, YamlNode node)
    {
        var text = Scalar(source, node, "fault");
        foreach (var k in Enum.GetValues<FaultKind>())
        {
            if (string.Equals(FaultRule.NameOf(k), text, StringComparison.OrdinalIgnoreCase)) return k;
        }

        throw Error(source, node, $"unknown fault '{text}', expected 5000, 5001, 5004, 5500, 503, 429, drop or latency");
    }

    private static IEnumerable<YamlNode> Sequence(string source, YamlNode node, string field) =>
        node as YamlSequenceNode is { } seq ? seq.Children : throw Error(source, node, $"'{field}' must be a list");

    private static string Scalar(string source, YamlNode node, string field) =>
        node is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Error(source, node, $"'{field}' must be a non-empty value");

    private static int ParseInt(string source, YamlNode node, string field) =>
        int.TryParse(Scalar(source, node, field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v : throw Error(source, node, $"'{field}' must be an integer");

    private static double ParseDouble(string source, YamlNode node, string field) =>
        double.TryParse(Scalar(source, node, field), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v : throw Error(source, node, $"'{field}' must be a number between 0 and 1");

    private static TimeSpan ParseDuration(string source, YamlNode node, string field) =>
        DurationParser.TryParse(Scalar(source, node, field), out var v, out var err)
            ? v : throw Error(source, node, $"'{field}': {err}");

    private static string SnakeCase(ApiMethod m)
    {
        var name = m.ToString();
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    private static string KeyOf(string source, YamlNode keyNode) =>
        keyNode is YamlScalarNode { Value: { } key } ? key : throw Error(source, keyNode, "keys must be plain names such as rules or probability, got a list or mapping as a key");

    private static FaultPlanException Error(string source, YamlNode node, string message) =>
        new($"{source}:{node.Start.Line}:{node.Start.Column}: {message}");
}

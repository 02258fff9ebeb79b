using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Configuration.Timing;

/// <summary>
/// Reads a <see cref="DelayDistribution"/> from YAML or compact text. YAML forms:
/// <c>2s</c>; <c>{constant: 2s}</c>; <c>{uniform: [1s, 3s]}</c>; <c>{exponential: 2s}</c>;
/// <c>{exponential: 2s, max: 10s}</c>; YAML errors go to a <see cref="YamlReader"/>, one line each.
/// </summary>
public static class DelayDistributionParser
{
    private static readonly string[] Kinds = ["constant", "uniform", "exponential", "max"];
    private static readonly string[] MinMax = ["min", "max"];

    /// <summary>What a delay must look like, for error messages.</summary>
    public const string ExpectedForm =
        "a duration (2s), {uniform: [1s, 3s]}, {exponential: 2s} or {exponential: 2s, max: 10s}";

    /// <summary>
    /// Reads a delay from a YAML node, reporting every problem to <paramref name="yaml"/> at its line and column.
    /// </summary>
    /// <param name="yaml">The reader of the file the node belongs to.</param>
    /// <param name="node">The node (scalar or mapping).</param>
    /// <param name="field">The field's name, e.g. "think_time".</param>
    /// <returns>The distribution, or null when the node is not a valid delay.</returns>
    public static DelayDistribution? Read(YamlReader yaml, YamlNode node, string field)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case YamlScalarNode:
                return yaml.Duration(node, field) is { } constant ? DelayDistribution.Constant(constant) : null;
            case YamlMappingNode map:
                return ReadMapping(yaml, map, field);
            default:
                yaml.Error(node, $"'{field}' must be {ExpectedForm}, got {YamlReader.Describe(node)}");
                return null;
        }
    }

    /// <summary>
    /// Parses the compact text form (<c>2s</c>, <c>uniform(1s, 3s)</c>, <c>exponential(2s)</c>, <c>exponential(2s, 10s)</c>),
    /// e.g. from a command-line option. Throws <see cref="FormatException"/> with a one-line message.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Parse(string text)
    {
        if (TryParse(text, out var value, out var error))
        {
            return value!;
        }

        throw new FormatException(error);
    }

    /// <summary>Tries the compact text form; on failure <paramref name="error"/> says what is expected.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The distribution, or null on failure.</param>
    /// <param name="error">The one-line error, or null on success.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(string? text, out DelayDistribution? value, out string? error)
    {
        value = null;
        const string expected = "expected 2s, uniform(1s, 3s), exponential(2s) or exponential(2s, 10s)";
        var s = text?.Trim() ?? string.Empty;
        var open = s.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            if (!DurationParser.TryParse(s, out var constant, out error))
            {
                error = $"'{s}' is not a delay; {expected}";
                return false;
            }

            value = DelayDistribution.Constant(constant);
            return true;
        }

        if (!s.EndsWith(')'))
        {
            error = $"'{s}' is missing ')'; {expected}";
            return false;
        }

        var kind = s[..open].Trim().ToLowerInvariant();
        var args = s[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
        var durations = new TimeSpan[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            if (!DurationParser.TryParse(args[i], out durations[i], out var inner))
            {
                error = $"'{s}': {inner}";
                return false;
            }
        }

        return Build(kind, durations, out value, out error, expected, s);
    }

    private static bool Build(string kind, TimeSpan[] d, out DelayDistribution? value, out string? error, string expected, string shown)
    {
        value = null;
        error = null;
        switch (kind)
        {
            case "constant" when d.Length == 1:
                value = DelayDistribution.Constant(d[0]);
                return true;
            case "uniform" when d.Length == 2:
                if (d[1] < d[0])
                {
                    error = $"'{shown}' has max below min; expected uniform(min, max) with min <= max";
                    return false;
                }

                value = DelayDistribution.Uniform(d[0], d[1]);
                return true;
            case "exponential" when d.Length is 1 or 2:
                if (d[0] <= TimeSpan.Zero || (d.Length == 2 && d[1] <= TimeSpan.Zero))
                {
                    error = $"'{shown}' needs a positive mean and cap; expected exponential(2s) or exponential(2s, 10s)";
                    return false;
                }

                value = DelayDistribution.Exponential(d[0], d.Length == 2 ? d[1] : null);
                return true;
            default:
                error = $"'{shown}' is not a known delay form; {expected}";
                return false;
        }
    }

    private static DelayDistribution? ReadMapping(YamlReader yaml, YamlMappingNode map, string field)
    {
        string? kind = null;
        YamlNode? kindNode = null;
        YamlNode? maxNode = null;
        var entries = yaml.Entries(map, field, Kinds);
        var ok = entries.Count == map.Children.Count;
        foreach (var (name, node) in entries)
        {
            if (name == "max")
            {
                maxNode = node;
            }
            else if (kind is not null)
            {
                yaml.Error(node, $"'{field}' gives '{name}' together with '{kind}'; expected exactly one of constant, uniform, exponential");
                ok = false;
            }
            else
            {
                kind = name;
                kindNode = node;
            }
        }

        TimeSpan? max = maxNode is null ? null : yaml.Duration(maxNode, $"{field}.max");
        if (kind is null || kindNode is null)
        {
            if (!ok)
            {
                return null;
            }

            yaml.Error(map, $"'{field}' names no distribution; expected {ExpectedForm}");
            return null;
        }

        if (maxNode is not null && kind != "exponential")
        {
            yaml.Error(map, $"'{field}.max' only applies to exponential; expected {{exponential: 2s, max: 10s}}");
            return null;
        }

        var durations = kind == "uniform" ? UniformBounds(yaml, kindNode, field) : Single(yaml, kindNode, $"{field}.{kind}");
        if (!ok || durations is null || (maxNode is not null && max is null))
        {
            return null;
        }

        if (max is { } cap)
        {
            durations = [.. durations, cap];
        }

        var expected = kind switch
        {
            "uniform" => "expected {uniform: [min, max]} with 0 <= min <= max",
            "exponential" => "expected {exponential: mean} with a positive mean (and optional positive max)",
            _ => "expected {constant: 2s}",
        };
        if (!Build(kind, durations, out var value, out var buildError, expected, $"{field}.{kind}"))
        {
            yaml.Error(kindNode, buildError!.Contains("expected", StringComparison.Ordinal) ? buildError : $"{buildError}; {expected}");
            return null;
        }

        return value;
    }

    private static TimeSpan[]? Single(YamlReader yaml, YamlNode node, string field) =>
        yaml.Duration(node, field) is { } d ? [d] : null;

    /// <summary>Reads <c>[1s, 3s]</c> or <c>{min: 1s, max: 3s}</c>.</summary>
    private static TimeSpan[]? UniformBounds(YamlReader yaml, YamlNode node, string field)
    {
        field += ".uniform";
        switch (node)
        {
            case YamlSequenceNode { Children.Count: 2 } pair:
                var low = yaml.Duration(pair.Children[0], field + "[0]");
                var high = yaml.Duration(pair.Children[1], field + "[1]");
                return low is { } a && high is { } b ? [a, b] : null;
            case YamlMappingNode bounds:
                TimeSpan? min = null, top = null;
                var ok = true;
                foreach (var (name, value) in yaml.Entries(bounds, field, MinMax))
                {
                    var d = yaml.Duration(value, $"{field}.{name}");
                    ok &= d is not null;
                    if (name == "min") min = d; else top = d;
                }

                if (ok && (min is null || top is null))
                {
                    yaml.Error(bounds, $"'{field}' needs both min and max; expected {{uniform: {{min: 1s, max: 3s}}}}");
                }

                return min is { } lo && top is { } hi ? [lo, hi] : null;
            default:
                yaml.Error(node, $"'{field}' needs exactly two durations, got {YamlReader.Describe(node)}; expected {{uniform: [1s, 3s]}} or {{uniform: {{min: 1s, max: 3s}}}}");
                return null;
        }
    }
}

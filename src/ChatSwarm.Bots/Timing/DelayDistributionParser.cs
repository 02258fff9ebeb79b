using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Bots.Timing;

/// <summary>
/// Reads a <see cref="DelayDistribution"/> from YAML or compact text. YAML forms:
/// <c>2s</c>; <c>{constant: 2s}</c>; <c>{uniform: [1s, 3s]}</c>; <c>{exponential: 2s}</c>;
/// <c>{exponential: 2s, max: 10s}</c>. Errors are one line, "source:line:column: what is wrong; expected ...".
/// </summary>
public static class DelayDistributionParser
{
    /// <summary>What a delay must look like, for error messages.</summary>
    public const string ExpectedForm =
        "a duration (2s), {uniform: [1s, 3s]}, {exponential: 2s} or {exponential: 2s, max: 10s}";

    /// <summary>Parses a YAML node; on failure <paramref name="error"/> is "source:line:column: ...; expected ...".</summary>
    /// <param name="node">The node (scalar or mapping).</param>
    /// <param name="source">The file name to put in errors.</param>
    /// <param name="value">The distribution, or null on failure.</param>
    /// <param name="error">The one-line error, or null on success.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(YamlNode node, string source, out DelayDistribution? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(node);
        value = null;
        error = null;
        switch (node)
        {
            case YamlScalarNode scalar:
                if (!TryDuration(scalar, source, out var constant, out error))
                {
                    return false;
                }

                value = DelayDistribution.Constant(constant);
                return true;

            case YamlMappingNode map:
                return TryParseMapping(map, source, out value, out error);

            default:
                error = At(node, source, $"a {Describe(node)} is not a delay; expected {ExpectedForm}");
                return false;
        }
    }

    /// <summary>Parses a YAML node or throws <see cref="FormatException"/> with the one-line error.</summary>
    /// <param name="node">The node.</param>
    /// <param name="source">The file name to put in errors.</param>
    /// <returns>The distribution.</returns>
    public static DelayDistribution Parse(YamlNode node, string source) =>
        TryParse(node, source, out var value, out var error) ? value! : throw new FormatException(error);

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

    private static bool TryParseMapping(YamlMappingNode map, string source, out DelayDistribution? value, out string? error)
    {
        value = null;
        error = null;
        string? kind = null;
        YamlNode? kindNode = null;
        YamlNode? keyNode = null;
        TimeSpan? max = null;
        foreach (var (key, val) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            switch (name)
            {
                case "constant" or "uniform" or "exponential":
                    if (kind is not null)
                    {
                        error = At(key, source, $"'{name}' given together with '{kind}'; expected exactly one of constant, uniform, exponential");
                        return false;
                    }

                    kind = name;
                    kindNode = val;
                    keyNode = key;
                    break;
                case "max":
                    if (!TryDuration(val, source, out var cap, out error))
                    {
                        return false;
                    }

                    max = cap;
                    break;
                default:
                    error = At(key, source, $"unknown delay key '{name}'; expected constant, uniform, exponential or max");
                    return false;
            }
        }

        if (kind is null || kindNode is null || keyNode is null)
        {
            error = At(map, source, $"delay mapping names no distribution; expected {ExpectedForm}");
            return false;
        }

        if (max is not null && kind != "exponential")
        {
            error = At(map, source, "'max' only applies to exponential; expected {exponential: 2s, max: 10s}");
            return false;
        }

        TimeSpan[] durations;
        if (kindNode is YamlSequenceNode seq)
        {
            durations = new TimeSpan[seq.Children.Count];
            for (int i = 0; i < durations.Length; i++)
            {
                if (!TryDuration(seq.Children[i], source, out durations[i], out error))
                {
                    return false;
                }
            }
        }
        else if (kindNode is YamlMappingNode bounds && kind == "uniform")
        {
            TimeSpan? min = null, top = null;
            foreach (var (k, v) in bounds.Children)
            {
                var n = (k as YamlScalarNode)?.Value;
                if (n is not ("min" or "max"))
                {
                    error = At(k, source, $"unknown uniform key '{n}'; expected min and max");
                    return false;
                }

                if (!TryDuration(v, source, out var d, out error))
                {
                    return false;
                }

                if (n == "min")
                {
                    min = d;
                }
                else
                {
                    top = d;
                }
            }

            if (min is null || top is null)
            {
                error = At(bounds, source, "uniform needs both min and max; expected {uniform: {min: 1s, max: 3s}}");
                return false;
            }

            durations = [min.Value, top.Value];
        }
        else
        {
            if (!TryDuration(kindNode, source, out var single, out error))
            {
                return false;
            }

            durations = [single];
        }

        if (max is { } c)
        {
            durations = [.. durations, c];
        }

        var expected = kind switch
        {
            "uniform" => "expected {uniform: [min, max]} with 0 <= min <= max",
            "exponential" => "expected {exponential: mean} with a positive mean (and optional positive max)",
            _ => "expected {constant: 2s}",
        };
        if (!Build(kind, durations, out value, out var buildError, expected, kind))
        {
            error = At(keyNode, source, buildError!.Contains("expected", StringComparison.Ordinal) ? buildError : $"{buildError}; {expected}");
            if (kind == "uniform" && durations.Length != 2)
            {
                error = At(keyNode, source, $"uniform needs exactly two durations; {expected}");
            }

            return false;
        }

        return true;
    }

    private static bool TryDuration(YamlNode node, string source, out TimeSpan value, out string? error)
    {
        value = TimeSpan.Zero;
        if (node is not YamlScalarNode scalar)
        {
            error = At(node, source, $"a {Describe(node)} is not a duration; expected {DurationParser.ExpectedForm}");
            return false;
        }

        if (!DurationParser.TryParse(scalar.Value, out value, out var inner))
        {
            error = At(node, source, inner!);
            return false;
        }

        error = null;
        return true;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private static string At(YamlNode node, string source, string message) =>
        $"{source}:{node.Start.Line}:{node.Start.Column}: {message}";
}

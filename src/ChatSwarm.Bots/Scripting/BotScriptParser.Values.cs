using System.Globalization;
using System.Text.RegularExpressions;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Bots.Timing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Bots.Scripting;

/// <summary>Typed scalar readers: each reports a one-line error at the node and returns null on a bad value.</summary>
internal sealed partial class BotScriptParser
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private YamlMappingNode? Mapping(YamlNode node, string what, string expected)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, $"{what} is a {Describe(node)}; expected {expected}");
        return null;
    }

    private string? String(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && !IsNull(node))
        {
            return value;
        }

        Error(node, $"{what} is {(IsNull(node) ? "empty" : "a " + Describe(node))}; expected a text value");
        return null;
    }

    private bool? Bool(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v })
        {
            switch (v.ToLowerInvariant())
            {
                case "true" or "yes" or "on":
                    return true;
                case "false" or "no" or "off":
                    return false;
            }
        }

        Error(node, $"{what} is '{Show(node)}'; expected true or false");
        return null;
    }

    private double? Number(YamlNode node, string what, double min, double max)
    {
        if (node is YamlScalarNode { Value: { } v }
            && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && d >= min && d <= max)
        {
            return d;
        }

        Error(node, $"{what} is '{Show(node)}'; expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    private long? Size(YamlNode node, string what)
    {
        const string expected = "a size such as 2048, 512KB, 1.5MB or 26MB (KB = 1024 bytes, MB = 1024 KB)";
        if (node is YamlScalarNode { Value: { } raw })
        {
            var v = raw.Trim().ToUpperInvariant();
            long scale = 1;
            if (v.EndsWith("MB", StringComparison.Ordinal))
            {
                scale = 1024 * 1024;
                v = v[..^2];
            }
            else if (v.EndsWith("KB", StringComparison.Ordinal))
            {
                scale = 1024;
                v = v[..^2];
            }
            else if (v.EndsWith('B'))
            {
                v = v[..^1];
            }

            if (double.TryParse(v.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                && amount * scale is >= 0 and <= 4L * 1024 * 1024 * 1024)
            {
                return (long)Math.Round(amount * scale);
            }
        }

        Error(node, $"{what} is '{Show(node)}'; expected {expected}");
        return null;
    }

    private TimeSpan? Duration(YamlNode node, string what)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            Error(node, $"{what} is a {Describe(node)}; expected {DurationParser.ExpectedForm}");
            return null;
        }

        if (DurationParser.TryParse(text, out var value, out var error))
        {
            return value;
        }

        Error(node, $"{what}: {error}");
        return null;
    }

    private DelayDistribution? Delay(YamlNode node)
    {
        if (DelayDistributionParser.TryParse(node, _source, out var value, out var error))
        {
            return value;
        }

        _errors.Add(error!);
        return null;
    }

    private Regex? RegexOf(YamlNode node, string what)
    {
        if (String(node, what) is not { } pattern)
        {
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException ex)
        {
            Error(node, $"bad regex '{pattern}' in {what} ({OneLine(ex.Message)}); expected a .NET regular expression");
            return null;
        }
    }

    private bool? OnFail(YamlNode node)
    {
        switch ((node as YamlScalarNode)?.Value)
        {
            case "end":
                return true;
            case "continue":
                return false;
            default:
                Error(node, $"'{Show(node)}' is not a failure action; expected end or continue");
                return null;
        }
    }

    private Template? TemplateOf(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            Error(node, $"{what} is a {Describe(node)}; expected a text (templates such as {{{{customer.first_name}}}} allowed)");
            return null;
        }

        return CompileTemplate(scalar.Value, where: offset => TemplateAt(scalar, offset));
    }

    private Template? CompileTemplate(string text, Func<int, string> where)
    {
        var template = TemplateParser.TryParse(text, out var error, out var offset);
        if (template is null)
        {
            _errors.Add($"{where(offset)}: {error}");
            return null;
        }

        foreach (var (name, at) in template.MemoryReferences)
        {
            _memoryReads.Add((name, where(at)));
        }

        foreach (var (name, at) in template.EnvReferences)
        {
            _envReads.TryAdd(name, where(at));
        }

        foreach (var (name, at) in template.FeedReferences)
        {
            _feedReads.TryAdd(name, where(at));
        }

        return template;
    }

    private string TemplateAt(YamlScalarNode scalar, int offset)
    {
        // A single-line plain or quoted scalar maps text offsets to columns directly; others point at the node.
        var singleLine = scalar.Start.Line == scalar.End.Line;
        var shift = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var column = singleLine && scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
            ? scalar.Start.Column + shift + offset
            : scalar.Start.Column;
        return $"{_source}:{scalar.Start.Line}:{column}";
    }

    private TextChoice? Text(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalarNode when !IsNull(node):
                return TemplateOf(node, what) is { } t ? new TextChoice([t]) : null;
            case YamlSequenceNode { Children.Count: > 0 } seq:
                var variants = new List<Template>();
                foreach (var item in seq.Children)
                {
                    if (TemplateOf(item, what) is { } v)
                    {
                        variants.Add(v);
                    }
                }

                return variants.Count == seq.Children.Count ? new TextChoice(variants) : null;
            case YamlMappingNode map when map.Children.Count == 1 && Child(map, "utterances") is { } list:
                return Utterances(list, what);
            default:
                Error(node, $"{what} is {(IsNull(node) ? "empty" : "a " + Describe(node))}; expected a text, a list of variants or {{utterances: NAME}}");
                return null;
        }
    }

    private TextChoice? Utterances(YamlNode node, string what)
    {
        if (String(node, $"{what}.utterances") is not { } name)
        {
            return null;
        }

        var relative = name.Contains('/', StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal)
            ? name
            : Path.Combine("utterances", name + ".txt");
        var path = Path.GetFullPath(Path.Combine(_baseDirectory, relative));
        if (!File.Exists(path))
        {
            Error(node, $"utterance list '{name}' not found at {path}; expected a text file (one utterance per line) relative to the script's folder, e.g. utterances/{name}.txt");
            return null;
        }

        var variants = new List<Template>();
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var lineNumber = i + 1;
            var indent = lines[i].Length - lines[i].TrimStart().Length;
            if (CompileTemplate(line, offset => $"{path}:{lineNumber}:{indent + offset + 1}") is { } t)
            {
                variants.Add(t);
            }
        }

        if (variants.Count == 0)
        {
            Error(node, $"utterance list '{name}' ({path}) has no utterances; expected one utterance per line");
            return null;
        }

        return new TextChoice(variants);
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == ScalarStyle.Plain && (s.Value is null or "" or "~" or "null");

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private static string Show(YamlNode node) => node is YamlScalarNode s ? s.Value ?? string.Empty : Describe(node);
}

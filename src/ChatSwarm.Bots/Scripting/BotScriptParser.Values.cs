using System.Globalization;
using System.Text.RegularExpressions;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static ChatSwarm.Configuration.Yaml.YamlReader;

namespace ChatSwarm.Bots.Scripting;

/// <summary>The script-only values (sizes, regexes, failure actions, templates, texts); each reports a one-line error at the node and returns null on a bad value.</summary>
internal sealed partial class BotScriptParser
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

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

        _yaml.Error(node, $"'{what}' must be {expected}, got {Describe(node)}");
        return null;
    }

    private Regex? RegexOf(YamlNode node, string what)
    {
        if (_yaml.String(node, what) is not { } pattern)
        {
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException ex)
        {
            _yaml.Error(node, $"bad regex '{pattern}' in {what} ({OneLine(ex.Message)}); expected a .NET regular expression");
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
                _yaml.Error(node, $"{Describe(node)} is not a failure action; expected end or continue");
                return null;
        }
    }

    private Template? TemplateOf(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            _yaml.Error(node, $"{what} is {Describe(node)}; expected a text (templates such as {{{{customer.first_name}}}} allowed)");
            return null;
        }

        return CompileTemplate(scalar.Value, where: offset => TemplateAt(scalar, offset));
    }

    private Template? CompileTemplate(string text, Func<int, string> where)
    {
        var template = TemplateParser.TryParse(text, out var error, out var offset);
        if (template is null)
        {
            _yaml.Add($"{where(offset)}: {error}");
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
                _yaml.Error(node, $"{what} is {Describe(node)}; expected a text, a list of variants or {{utterances: NAME}}");
                return null;
        }
    }

    private TextChoice? Utterances(YamlNode node, string what)
    {
        if (_yaml.String(node, $"{what}.utterances") is not { } name)
        {
            return null;
        }

        var relative = name.Contains('/', StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal)
            ? name
            : Path.Combine("utterances", name + ".txt");
        var path = Path.GetFullPath(Path.Combine(_baseDirectory, relative));
        if (!File.Exists(path))
        {
            _yaml.Error(node, $"utterance list '{name}' not found at {path}; expected a text file (one utterance per line) relative to the script's folder, e.g. utterances/{name}.txt");
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
            _yaml.Error(node, $"utterance list '{name}' ({path}) has no utterances; expected one utterance per line");
            return null;
        }

        return new TextChoice(variants);
    }
}

using System.Globalization;
using ChatSwarm.Configuration.Timing;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Configuration.Yaml;

/// <summary>Typed values: each reports "'field' must be EXPECTED, got ACTUAL" at the node and returns null on a bad value.</summary>
public sealed partial class YamlReader
{
    /// <summary>The node as a mapping, or null (reported) when it is something else.</summary>
    /// <param name="node">The node.</param>
    /// <param name="field">The field's name, e.g. "target".</param>
    /// <param name="expected">What the mapping must hold, e.g. "a mapping of base_url, tenant_url, app_id".</param>
    /// <returns>The mapping, or null.</returns>
    public YamlMappingNode? Mapping(YamlNode node, string field, string expected)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, $"'{field}' must be {expected}, got {Describe(node)}");
        return null;
    }

    /// <summary>The node as a list, or null (reported) when it is something else.</summary>
    /// <param name="node">The node.</param>
    /// <param name="field">The field's name, e.g. "phases".</param>
    /// <param name="expected">What the list must hold, e.g. "a list of phases".</param>
    /// <returns>The list, or null.</returns>
    public YamlSequenceNode? Sequence(YamlNode node, string field, string expected)
    {
        if (node is YamlSequenceNode list)
        {
            return list;
        }

        Error(node, $"'{field}' must be {expected}, got {Describe(node)}");
        return null;
    }

    /// <summary>A non-empty text value.</summary>
    /// <param name="node">The node.</param>
    /// <param name="field">The field's name.</param>
    /// <returns>The text, or null.</returns>
    public string? String(YamlNode node, string field) => Scalar(node, field, "a text value");

    /// <summary>A whole number within bounds.</summary>
    /// <param name="node">The node.</param>
    /// <param name="field">The field's name.</param>
    /// <param name="min">Smallest allowed value; <see cref="int.MinValue"/> for no bound.</param>
    /// <param name="max">Largest allowed value; <see cref="int.MaxValue"/> for no bound.</param>
    /// <returns>The number, or null.</returns>
    public int? Int(YamlNode node, string field, int min = int.MinValue, int max = int.MaxValue)
    {
        var expected = min == int.MinValue ? "a whole number" : min == 0 ? "a whole number, 0 or more" : $"a whole number, at least {min}";
        if (Scalar(node, field, expected) is not { } text)
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

    /// <summary>A finite decimal number within bounds.</summary>
    /// <param name="node">The node.</param>
    /// <param name="field">The field's name.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value; <see cref="double.PositiveInfinity"/> for no bound.</param>
    /// <param name="minExclusive">True when <paramref name="min"/> itself is not allowed.</param>
    /// <returns>The number, or null.</returns>
    public double? Number(YamlNode node, string field, double min, double max = double.PositiveInfinity, bool minExclusive = false)
    {
        var expected = minExclusive ? $"a number above {Format(min)}"
            : double.IsFinite(max) ? $"a number from {Format(min)} to {Format(max)}"
            : $"a number, {Format(min)} or more";
        if (Scalar(node, field, expected) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Error(node, $"'{field}' must be {expected}, got '{text}'");
            return null;
        }

        if (value < min || value > max || (minExclusive && value == min))
        {
            Error(node, $"'{field}' must be {expected}, got {Format(value)}");
            return null;
        }

        return value;
    }

    /// <summary>true/false (also yes/no and on/off, any case).</summary>
    /// <param name="node">The node.</param>
    /// <param name="field">The field's name.</param>
    /// <returns>The flag, or null.</returns>
    public bool? Bool(YamlNode node, string field)
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

    /// <summary>A duration in the grammar of <see cref="DurationParser"/>.</summary>
    /// <param name="node">The node.</param>
    /// <param name="field">The field's name.</param>
    /// <param name="positive">True when zero is not allowed.</param>
    /// <returns>The duration, or null.</returns>
    public TimeSpan? Duration(YamlNode node, string field, bool positive = false)
    {
        var expected = positive ? $"a positive duration such as 500ms, 10s or 2m" : DurationParser.ExpectedForm;
        if (Scalar(node, field, expected) is not { } text)
        {
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

    /// <summary>A delay distribution in the YAML forms of <see cref="DelayDistributionParser"/>.</summary>
    /// <param name="node">The node.</param>
    /// <param name="field">The field's name.</param>
    /// <returns>The distribution, or null.</returns>
    public DelayDistribution? Delay(YamlNode node, string field) => DelayDistributionParser.Read(this, node, field);

    private string? Scalar(YamlNode node, string field, string expected)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !IsNull(node))
        {
            return value;
        }

        Error(node, $"'{field}' must be {expected}, got {Describe(node)}");
        return null;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

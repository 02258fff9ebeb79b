using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Configuration.Yaml;

/// <summary>
/// Reads typed values from one YAML file's representation model (every node keeps its line and column) and collects
/// every problem as one line, "source:line:column: what is wrong; expected ...", instead of stopping at the first,
/// so a user fixes a file in one pass. Each typed reader reports at the node and returns null on a bad value.
/// Load profiles, bot scripts, fault plans and delay distributions all read through this one type, so the same
/// mistake reads the same in every file.
/// </summary>
public sealed partial class YamlReader
{
    private readonly List<string> _errors = [];

    /// <summary>Creates a reader for one file.</summary>
    /// <param name="source">The file name put at the start of every error.</param>
    public YamlReader(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
    }

    /// <summary>The file name put at the start of every error.</summary>
    public string Source { get; }

    /// <summary>Every problem found so far, one line each, in the order found.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>True when at least one problem was found.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>
    /// Parses <paramref name="text"/> into its first document's root node. A syntax error (or nesting deeper than
    /// <see cref="YamlDocumentReader.MaxDepth"/>) is recorded at its line and column and makes this return false.
    /// </summary>
    /// <param name="text">The YAML.</param>
    /// <param name="root">The first document's root, or null when the text holds no document.</param>
    /// <returns>False when the text is not valid YAML.</returns>
    public bool TryLoad(string text, out YamlNode? root)
    {
        ArgumentNullException.ThrowIfNull(text);
        root = null;
        try
        {
            var stream = YamlDocumentReader.Load(text);
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            return true;
        }
        catch (YamlReadException ex)
        {
            Add($"{At(ex.Line, ex.Column)}: invalid YAML: {ex.Message}; expected valid YAML");
            return false;
        }
    }

    /// <summary>"source:line:column" of <paramref name="node"/>.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The position.</returns>
    public string At(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return At(node.Start.Line, node.Start.Column);
    }

    /// <summary>"source:line:column" of a 1-based line and column.</summary>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <returns>The position.</returns>
    public string At(long line, long column) => $"{Source}:{line}:{column}";

    /// <summary>Records <paramref name="message"/> at <paramref name="node"/>.</summary>
    /// <param name="node">Where the problem is.</param>
    /// <param name="message">What is wrong and what is expected, one line.</param>
    public void Error(YamlNode node, string message) => _errors.Add($"{At(node)}: {message}");

    /// <summary>Records an error that already names its place (e.g. a line of a file the YAML refers to).</summary>
    /// <param name="located">The one-line error, "file:line:column: message".</param>
    public void Add(string located) => _errors.Add(located);

    /// <summary>Describes a node for "got ..." in messages: a list, a mapping, nothing, or the value in quotes.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The description.</returns>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an unsupported node",
    };

    /// <summary>True for an empty or null plain scalar (<c>key:</c>, <c>~</c>, <c>null</c>); a quoted "" is text.</summary>
    /// <param name="node">The node.</param>
    /// <returns>Whether the node stands for no value.</returns>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is null or "" or "~" or "null";

    /// <summary>The value under <paramref name="key"/>, or null when absent.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="key">The key.</param>
    /// <returns>The value node, or null.</returns>
    public static YamlNode? Child(YamlMappingNode map, string key)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>Reports every key of <paramref name="map"/> that is not a plain name or not in <paramref name="allowed"/>.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="where">What the mapping is, for messages (e.g. "the script", "backoff").</param>
    /// <param name="allowed">The keys it may have.</param>
    /// <returns>True when every key is allowed.</returns>
    public bool CheckKeys(YamlMappingNode map, string where, IReadOnlyCollection<string> allowed) => Entries(map, where, allowed).Count == map.Children.Count;

    /// <summary>
    /// The entries of <paramref name="map"/> whose key is one of <paramref name="allowed"/>, in file order; every
    /// other key (unknown, or a list or mapping used as a key) is reported and skipped.
    /// </summary>
    /// <param name="map">The mapping.</param>
    /// <param name="where">What the mapping is, for messages (e.g. "the profile", "target").</param>
    /// <param name="allowed">The keys it may have.</param>
    /// <returns>Each allowed entry.</returns>
    public IReadOnlyList<YamlEntry> Entries(YamlMappingNode map, string where, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(allowed);
        var expected = string.Join(", ", allowed);
        var found = new List<YamlEntry>(map.Children.Count);
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                Error(key, $"keys in {where} must be plain names, got {Describe(key)} as a key; expected one of {expected}");
            }
            else if (!allowed.Contains(name))
            {
                Error(key, $"unknown key '{name}' in {where}; expected one of {expected}");
            }
            else
            {
                found.Add(new YamlEntry(name, key, value));
            }
        }

        return found;
    }
}

using System.Text.RegularExpressions;
using ChatSwarm.Testing;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Cli.Tests.Deploy;

/// <summary>deploy/k8s as parsed YAML: the kustomization and every resource it lists, with small accessors for the tests.</summary>
internal sealed partial class K8sManifests
{
    public static readonly string Folder = Path.Combine(RepoPaths.Root, "deploy", "k8s");

    private K8sManifests(YamlMappingNode kustomization, List<(string File, YamlMappingNode Document)> resources)
    {
        Kustomization = kustomization;
        Resources = resources;
    }

    public YamlMappingNode Kustomization { get; }

    public IReadOnlyList<(string File, YamlMappingNode Document)> Resources { get; }

    public static K8sManifests Load()
    {
        var kustomization = ParseOne(Path.Combine(Folder, "kustomization.yaml"));
        var resources = new List<(string, YamlMappingNode)>();
        foreach (var file in Sequence(kustomization, "resources").Select(Scalar))
        {
            foreach (var document in Parse(Path.Combine(Folder, file)))
            {
                resources.Add((file, document));
            }
        }

        return new K8sManifests(kustomization, resources);
    }

    public YamlMappingNode Single(string kind, string name) =>
        Resources.Single(r => Text(r.Document, "kind") == kind && Text(r.Document, "metadata", "name") == name).Document;

    /// <summary>The pod template's only container of a Job.</summary>
    public static YamlMappingNode Container(YamlMappingNode job) =>
        (YamlMappingNode)Sequence(job, "spec", "template", "spec", "containers").Single();

    public static List<string> Args(YamlMappingNode container) => Sequence(container, "args").Select(Scalar).ToList();

    /// <summary>The value following <paramref name="flag"/> in <paramref name="args"/>.</summary>
    public static string ValueOf(IReadOnlyList<string> args, string flag)
    {
        int at = args.ToList().IndexOf(flag);
        Assert.True(at >= 0 && at + 1 < args.Count, $"{flag} with a value expected in [{string.Join(' ', args)}]");
        return args[at + 1];
    }

    public static int ContainerPort(YamlMappingNode container, string name) =>
        int.Parse(Text(Sequence(container, "ports").Cast<YamlMappingNode>().Single(p => Text(p, "name") == name), "containerPort")!, System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, YamlMappingNode> Env(YamlMappingNode container) =>
        Sequence(container, "env").Cast<YamlMappingNode>().ToDictionary(e => Text(e, "name")!, e => e);

    /// <summary>Names written as $(NAME): Kubernetes expands them from the container's environment.</summary>
    public static IEnumerable<string> Expansions(string text) => ExpansionPattern().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>Replaces every $(NAME) with <paramref name="values"/>[NAME], as the kubelet does.</summary>
    public static string Expand(string text, IReadOnlyDictionary<string, string> values) =>
        ExpansionPattern().Replace(text, m => values[m.Groups[1].Value]);

    /// <summary>The text at a path of mapping keys, or null when any key is missing.</summary>
    public static string? Text(YamlNode node, params string[] path) => Node(node, path) is YamlScalarNode s ? s.Value : null;

    public static YamlNode? Node(YamlNode node, params string[] path)
    {
        YamlNode? current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out current))
            {
                return null;
            }
        }

        return current;
    }

    public static IReadOnlyList<YamlNode> Sequence(YamlNode node, params string[] path) =>
        Node(node, path) is YamlSequenceNode s ? s.Children.ToList() : [];

    public static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    private static YamlMappingNode ParseOne(string path) => Parse(path).Single();

    private static List<YamlMappingNode> Parse(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => Assert.IsType<YamlMappingNode>(d.RootNode)).ToList();
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex ExpansionPattern();
}

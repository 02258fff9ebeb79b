using System.CommandLine;
using System.Globalization;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Cli.Cluster;
using ChatSwarm.Cli.Run;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Monitoring;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Testing;
using YamlDotNet.RepresentationModel;
using static ChatSwarm.Cli.Tests.Deploy.K8sManifests;

namespace ChatSwarm.Cli.Tests.Deploy;

public sealed class KubernetesManifestTests : IDisposable
{
    // What the kubelet puts into $(POD_IP) and $(POD_NAMESPACE) when a pod starts.
    private static readonly Dictionary<string, string> PodValues = new(StringComparer.Ordinal)
    {
        ["POD_IP"] = "10.244.1.17",
        ["POD_NAMESPACE"] = "chatswarm",
    };

    private readonly K8sManifests _manifests = K8sManifests.Load();
    private readonly string _directory = Directory.CreateTempSubdirectory("chatswarm-k8s-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Kustomization_EveryManifestInTheFolder_ListedAndNamed()
    {
        var listed = Sequence(_manifests.Kustomization, "resources").Select(Scalar).Order(StringComparer.Ordinal);
        var onDisk = Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml").Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, listed);
        Assert.All(_manifests.Resources, r =>
        {
            Assert.False(string.IsNullOrEmpty(Text(r.Document, "apiVersion")), $"{r.File}: apiVersion");
            Assert.False(string.IsNullOrEmpty(Text(r.Document, "kind")), $"{r.File}: kind");
            Assert.False(string.IsNullOrEmpty(Text(r.Document, "metadata", "name")), $"{r.File}: metadata.name");
        });
    }

    [Fact]
    public void Jobs_ChatswarmArguments_ParseOnTheCommandTheyRunWithEveryFlagKnown()
    {
        var root = CliApp.CreateRoot(Context());
        foreach (var job in Jobs())
        {
            var container = Container(job);
            Assert.Equal("chatswarm", Text(container, "image"));
            var args = Args(container);
            var command = root.Subcommands.SingleOrDefault(c => c.Name == args[0]);
            Assert.True(command is not null, $"{Text(job, "metadata", "name")}: '{args[0]}' is not a chatswarm command");
            foreach (var flag in args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
            {
                Assert.True(command!.Options.Any(o => o.Name == flag || o.Aliases.Contains(flag)), $"{Text(job, "metadata", "name")}: chatswarm {command.Name} has no option {flag}");
            }

            var expanded = args.Select(a => Expand(a, PodValues)).ToArray();
            var parsed = root.Parse(expanded);
            Assert.True(parsed.Errors.Count == 0, $"chatswarm {string.Join(' ', expanded)}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void Coordinator_ListenAddress_IsTheStableNameWorkersJoinOnEveryPort()
    {
        var job = _manifests.Single("Job", "chatswarm-coordinator");
        var service = _manifests.Single("Service", "chatswarm-coordinator");
        var container = Container(job);
        var args = Args(container);

        // The coordinator is named by its --listen address, so workers must join exactly that text.
        string listen = ValueOf(args, "--listen");
        Assert.True(ClusterEndpoint.TryParse(Expand(listen, PodValues), out var endpoint, out var error), error);
        Assert.False(endpoint!.IsWildcard);
        string hostname = Text(job, "spec", "template", "spec", "hostname")!;
        string subdomain = Text(job, "spec", "template", "spec", "subdomain")!;
        Assert.Equal($"{hostname}.{subdomain}.$(POD_NAMESPACE).svc.cluster.local", listen[..listen.LastIndexOf(':')]);
        Assert.Equal(Text(service, "metadata", "name"), subdomain);
        var worker = Container(_manifests.Single("Job", "chatswarm-workers"));
        Assert.Equal(listen, Text(Env(worker)[ClusterArgumentParser.JoinVariable], "value"));

        // containerPort = --listen port = Service port, for the cluster, the dashboard and /metrics.
        Assert.Equal(endpoint.Port, ContainerPort(container, "cluster"));
        Assert.Equal(endpoint.Port, ServicePort(service, "cluster"));
        foreach (var (flag, port) in new[] { ("--web", "web"), ("--metrics-listen", "metrics") })
        {
            Assert.True(ListenAddress.TryParse(ValueOf(args, flag), out var address, out var listenError), listenError);
            Assert.Equal(address!.Port, ContainerPort(container, port));
            Assert.Equal(address.Port, ServicePort(service, port));
        }
    }

    [Fact]
    public void Service_Headless_SelectsTheCoordinatorOnly()
    {
        var service = _manifests.Single("Service", "chatswarm-coordinator");
        var coordinatorLabels = Labels(_manifests.Single("Job", "chatswarm-coordinator"));
        var workerLabels = Labels(_manifests.Single("Job", "chatswarm-workers"));

        Assert.Equal("None", Text(service, "spec", "clusterIP"));
        Assert.Equal("true", Text(service, "spec", "publishNotReadyAddresses"));
        var selector = ((YamlMappingNode)Node(service, "spec", "selector")!).Children.ToDictionary(k => Scalar(k.Key), v => Scalar(v.Value));
        Assert.All(selector, s => Assert.Equal(s.Value, coordinatorLabels.GetValueOrDefault(s.Key)));
        Assert.Contains(selector, s => workerLabels.GetValueOrDefault(s.Key) != s.Value);
    }

    [Fact]
    public void Workers_CountListenAndPorts_AgreeWithTheCoordinator()
    {
        var coordinator = Args(Container(_manifests.Single("Job", "chatswarm-coordinator")));
        var job = _manifests.Single("Job", "chatswarm-workers");
        var container = Container(job);
        var args = Args(container);
        int workers = int.Parse(ValueOf(coordinator, "--workers"), CultureInfo.InvariantCulture);

        Assert.Equal("Indexed", Text(job, "spec", "completionMode"));
        Assert.Equal(workers.ToString(CultureInfo.InvariantCulture), Text(job, "spec", "completions"));
        Assert.Equal(workers.ToString(CultureInfo.InvariantCulture), Text(job, "spec", "parallelism"));
        Assert.True(ClusterEndpoint.TryParse(Expand(ValueOf(args, "--listen"), PodValues), out var listen, out var error), error);
        Assert.False(listen!.IsWildcard);
        Assert.Equal(listen.Port, ContainerPort(container, "cluster"));
        var join = Expand(Text(Env(container)[ClusterArgumentParser.JoinVariable], "value")!, PodValues);
        Assert.True(ClusterEndpoint.TryParse(join, out var joinEndpoint, out error), error);
        Assert.Equal(ServicePort(_manifests.Single("Service", "chatswarm-coordinator"), "cluster"), joinEndpoint!.Port);
    }

    [Fact]
    public void Env_EveryVariable_IsOneTheCommandReadsOrOneTheManifestExpands()
    {
        var reads = new Dictionary<string, string[]>
        {
            ["run"] = [TargetOverrides.TenantVariable, TargetOverrides.TenantUrlVariable, TargetOverrides.AppIdVariable],
            ["worker"] = [ClusterArgumentParser.JoinVariable],
        };
        foreach (var job in Jobs())
        {
            var container = Container(job);
            var args = Args(container);
            var env = Env(container);
            var expanded = args.Concat(env.Values.Select(e => Text(e, "value") ?? "")).SelectMany(Expansions).ToHashSet(StringComparer.Ordinal);
            foreach (var name in env.Keys)
            {
                Assert.True(reads[args[0]].Contains(name) || expanded.Contains(name), $"{Text(job, "metadata", "name")}: chatswarm {args[0]} does not read {name} and nothing expands $({name})");
            }

            foreach (var name in expanded)
            {
                Assert.True(env.ContainsKey(name), $"{Text(job, "metadata", "name")}: $({name}) is not in the container's env");
            }
        }

        // The coordinator takes the whole target from its environment; a worker gets it over the wire and no Secret.
        var coordinator = Env(Container(_manifests.Single("Job", "chatswarm-coordinator")));
        Assert.All(reads["run"], name => Assert.Contains(name, coordinator.Keys));
        Assert.Equal("CHATSWARM_APP_ID", Text(coordinator[TargetOverrides.AppIdVariable], "valueFrom", "secretKeyRef", "key"));
        Assert.DoesNotContain("secretKeyRef", File.ReadAllText(Path.Combine(Folder, "workers-job.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Env_ConfigMapReferences_NameGeneratedKeys()
    {
        var generated = Generators().ToDictionary(g => Text(g, "name")!, g => GeneratedKeys(g).ToHashSet(StringComparer.Ordinal));
        foreach (var job in Jobs())
        {
            foreach (var (name, variable) in Env(Container(job)))
            {
                if (Node(variable, "valueFrom", "configMapKeyRef") is { } reference)
                {
                    var map = Text(reference, "name")!;
                    Assert.True(generated.ContainsKey(map), $"{name}: ConfigMap {map} is not generated by kustomization.yaml");
                    Assert.Contains(Text(reference, "key")!, generated[map]);
                }
            }
        }
    }

    [Fact]
    public void ConfigMap_MountedLayout_HoldsTheProfileAndEverythingItNames()
    {
        var job = _manifests.Single("Job", "chatswarm-coordinator");
        var container = Container(job);
        var generator = Generators().Single(g => Text(g, "name") == "chatswarm-config");
        var files = Sequence(generator, "files").Select(Scalar).Select(f => f.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var volume = Sequence(job, "spec", "template", "spec", "volumes").Cast<YamlMappingNode>().Single(v => Text(v, "configMap", "name") == "chatswarm-config");
        var mountPath = Text(Sequence(container, "volumeMounts").Cast<YamlMappingNode>().Single(m => Text(m, "name") == Text(volume, "name")), "mountPath")!;
        var items = Sequence(volume, "configMap", "items").Cast<YamlMappingNode>().ToDictionary(i => Text(i, "key")!, i => Text(i, "path")!);

        // Every generated key is laid out, and every laid-out key is generated from a file in the folder.
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), items.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, path) in items)
        {
            var source = Path.Combine(Folder, files[key]);
            Assert.True(File.Exists(source), $"{key}: {files[key]} is missing");
            var target = Path.Combine(_directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        // The profile argument is a file of that layout, and it loads with every bot script and utterance list it names.
        var profileArgument = Args(container)[1];
        Assert.StartsWith(mountPath + "/", profileArgument, StringComparison.Ordinal);
        var profile = LoadProfileLoader.Load(Path.Combine(_directory, profileArgument[(mountPath.Length + 1)..]));
        Assert.NotEmpty(profile.Mix);
        Assert.All(profile.Mix, m => Assert.NotNull(BotScriptLoader.Load(m.ScriptPath)));
        Assert.NotEmpty(profile.Thresholds);
    }

    [Fact]
    public void ConfigMap_BotCopies_SameAsTheShippedBots()
    {
        var bots = Path.Combine(Folder, "config", "bots");
        foreach (var file in Directory.GetFiles(bots, "*", SearchOption.AllDirectories))
        {
            var shipped = Path.Combine(RepoPaths.BotsFolder, Path.GetRelativePath(bots, file));
            Assert.True(File.Exists(shipped), $"{file} has no shipped original at {shipped}");
            Assert.Equal(File.ReadAllText(shipped), File.ReadAllText(file));
        }
    }

    [Fact]
    public void Dockerfile_EntryPointAndPorts_AgreeWithTheCliAndManifests()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile")).Select(l => l.Trim()).ToList();
        var exposed = lines.Where(l => l.StartsWith("EXPOSE ", StringComparison.Ordinal))
            .SelectMany(l => l[7..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToHashSet();

        Assert.Equal("ENTRYPOINT [\"chatswarm\"]", lines.Single(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
        Assert.Equal("chatswarm", typeof(CliApp).Assembly.GetName().Name);
        Assert.Contains(lines, l => l.Contains("exec dotnet /opt/chatswarm/chatswarm.dll", StringComparison.Ordinal) && l.Contains("/usr/local/bin/chatswarm", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("dotnet publish src/ChatSwarm.Cli/ChatSwarm.Cli.csproj", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src", "ChatSwarm.Cli", "ChatSwarm.Cli.csproj")));
        Assert.Equal(2, lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:", StringComparison.Ordinal));
        Assert.Contains("USER $APP_UID", lines);
        foreach (var job in Jobs())
        {
            foreach (var port in Sequence(Container(job), "ports").Cast<YamlMappingNode>())
            {
                Assert.Contains(int.Parse(Text(port, "containerPort")!, CultureInfo.InvariantCulture), exposed);
            }

            Assert.Equal("1654", Text(job, "spec", "template", "spec", "securityContext", "runAsUser"));
        }
    }

    [Fact]
    public void Dockerfile_CopiedSources_ExistAndAreNotIgnored()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore"))
            .Select(l => l.Trim().TrimEnd('/')).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var sources = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile"))
            .Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]);

        foreach (var source in sources.Select(s => s.TrimEnd('/')))
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, source)) || Directory.Exists(Path.Combine(RepoPaths.Root, source)), $"COPY {source}: not in the repository");
            Assert.DoesNotContain(source, ignored);
        }
    }

    private IEnumerable<YamlMappingNode> Jobs() => _manifests.Resources.Where(r => Text(r.Document, "kind") == "Job").Select(r => r.Document);

    private IEnumerable<YamlMappingNode> Generators() => Sequence(_manifests.Kustomization, "configMapGenerator").Cast<YamlMappingNode>();

    private static IEnumerable<string> GeneratedKeys(YamlMappingNode generator) =>
        Sequence(generator, "files").Select(Scalar).Select(f => f.Split('=', 2)[0])
            .Concat(Sequence(generator, "literals").Select(Scalar).Select(l => l.Split('=', 2)[0]));

    private static Dictionary<string, string> Labels(YamlMappingNode job) =>
        ((YamlMappingNode)Node(job, "spec", "template", "metadata", "labels")!).Children.ToDictionary(k => Scalar(k.Key), v => Scalar(v.Value));

    private static int ServicePort(YamlMappingNode service, string name)
    {
        var port = Sequence(service, "spec", "ports").Cast<YamlMappingNode>().Single(p => Text(p, "name") == name);
        Assert.Equal(name, Text(port, "targetPort"));
        return int.Parse(Text(port, "port")!, CultureInfo.InvariantCulture);
    }

    private static CliContext Context() =>
        new(TextWriter.Null, TextWriter.Null, Interactive: false, CancellationToken.None, CancellationToken.None, Path.GetTempPath(), AppContext.BaseDirectory);
}

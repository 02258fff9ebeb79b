using ChatSwarm.Swarm.Thresholds;
using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Swarm.Profiles;

internal sealed partial class ProfileReader
{
    private static readonly string[] TargetKeys = ["base_url", "tenant_url", "app_id"];
    private static readonly string[] SimulatorKeys = ["agents", "chats_per_agent", "poll_hold", "agent_think_time", "exchanges_per_chat", "faults", "seed"];
    private static readonly string[] MinMax = ["min", "max"];
    private static readonly string[] MixKeys = ["script", "weight"];
    private static readonly string[] CustomerKeys = ["file", "order"];
    private static readonly string[] BackoffKeys = ["min", "max", "random_factor", "max_retries"];

    private TargetSettings? ReadTarget(YamlNode node, out YamlNode? baseUrlNode)
    {
        baseUrlNode = null;
        if (_yaml.Mapping(node, "target", "a mapping of base_url, tenant_url, app_id") is not { } map)
        {
            return null;
        }

        var target = new TargetSettings();
        foreach (var (key, value) in _yaml.Entries(map, "target", TargetKeys))
        {
            switch (key)
            {
                case "base_url":
                    if (_yaml.String(value, "target.base_url") is { } url)
                    {
                        if (TryHttpUrl(url, out var uri))
                        {
                            target = target with { BaseAddress = uri };
                            baseUrlNode = value;
                        }
                        else
                        {
                            _yaml.Error(value, $"'target.base_url' must be an absolute http(s) URL, got '{ChatSwarm.Client.SafeUrl.Display(url)}'; expected e.g. https://tenant.brightpattern.com/clientweb/api/v1/");
                        }
                    }

                    break;
                case "tenant_url":
                    if (_yaml.String(value, "target.tenant_url") is { } tenant) target = target with { TenantUrl = tenant };
                    break;
                case "app_id":
                    if (_yaml.String(value, "target.app_id") is { } app) target = target with { AppId = app };
                    break;
            }
        }

        return target;
    }

    /// <summary>Parses an absolute http or https URL.</summary>
    internal static bool TryHttpUrl(string text, out Uri? uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private EmbeddedSimulatorSettings? ReadSimulator(YamlNode node)
    {
        if (_yaml.Mapping(node, "simulator", $"a mapping of {string.Join(", ", SimulatorKeys)}") is not { } map)
        {
            return null;
        }

        var s = new EmbeddedSimulatorSettings();
        foreach (var (key, value) in _yaml.Entries(map, "simulator", SimulatorKeys))
        {
            switch (key)
            {
                case "agents":
                    if (_yaml.Int(value, "simulator.agents", min: 0) is { } agents) s = s with { Agents = agents };
                    break;
                case "chats_per_agent":
                    if (_yaml.Int(value, "simulator.chats_per_agent", min: 1) is { } chats) s = s with { ChatsPerAgent = chats };
                    break;
                case "poll_hold":
                    if (_yaml.Duration(value, "simulator.poll_hold", positive: true) is { } hold)
                    {
                        if (hold > TimeSpan.FromMinutes(5))
                        {
                            _yaml.Error(value, "'simulator.poll_hold' must be at most 5m; the real server holds polls 5–15 s");
                        }
                        else
                        {
                            s = s with { PollHold = hold };
                        }
                    }

                    break;
                case "agent_think_time":
                    if (ReadRange(value, "simulator.agent_think_time") is { } think) s = s with { AgentThinkTime = think };
                    break;
                case "exchanges_per_chat":
                    if (_yaml.Int(value, "simulator.exchanges_per_chat", min: 0) is { } exchanges) s = s with { ExchangesPerChat = exchanges };
                    break;
                case "faults":
                    if (_yaml.String(value, "simulator.faults") is { } faults)
                    {
                        var path = ResolvePath(faults);
                        if (File.Exists(path))
                        {
                            s = s with { FaultsFile = path };
                        }
                        else
                        {
                            _yaml.Error(value, $"'simulator.faults' file '{faults}' not found (looked for {path}); expected a fault-plan YAML path relative to the profile");
                        }
                    }

                    break;
                case "seed":
                    if (_yaml.Int(value, "simulator.seed") is { } seed) s = s with { Seed = seed };
                    break;

            }
        }

        return s;
    }

    /// <summary>Reads "2s", "[1s, 4s]" or "{min: 1s, max: 4s}".</summary>
    private DurationRange? ReadRange(YamlNode node, string field)
    {
        TimeSpan? min, max;
        switch (node)
        {
            case YamlScalarNode:
                min = max = _yaml.Duration(node, field, positive: false);
                break;
            case YamlSequenceNode { Children.Count: 2 } seq:
                min = _yaml.Duration(seq.Children[0], field + "[0]", positive: false);
                max = _yaml.Duration(seq.Children[1], field + "[1]", positive: false);
                break;
            case YamlMappingNode map:
                min = max = null;
                bool sawMin = false, sawMax = false;
                var bounds = _yaml.Entries(map, field, MinMax);
                if (bounds.Count != map.Children.Count)
                {
                    return null;
                }

                foreach (var (key, value) in bounds)
                {
                    switch (key)
                    {
                        case "min":
                            sawMin = true;
                            min = _yaml.Duration(value, field + ".min", positive: false);
                            break;
                        case "max":
                            sawMax = true;
                            max = _yaml.Duration(value, field + ".max", positive: false);
                            break;
                    }
                }

                if (!sawMin || !sawMax)
                {
                    _yaml.Error(node, $"'{field}' needs both min and max; expected e.g. {{min: 1s, max: 4s}}");
                    return null;
                }

                break;
            default:
                _yaml.Error(node, $"'{field}' must be a duration, [min, max] or {{min: 1s, max: 4s}}, got {YamlReader.Describe(node)}");
                return null;
        }

        if (min is null || max is null)
        {
            return null;
        }

        if (max < min)
        {
            _yaml.Error(node, $"'{field}' max is below min; expected min <= max");
            return null;
        }

        return new DurationRange(min.Value, max.Value);
    }

    private List<ScriptWeight> ReadMix(YamlNode node)
    {
        var mix = new List<ScriptWeight>();
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            _yaml.Error(node, $"'mix' must be a non-empty list, got {YamlReader.Describe(node)}; expected items such as - {{script: ../bots/greeting-and-question.yaml, weight: 3}}");
            return mix;
        }

        foreach (var item in seq.Children)
        {
            YamlNode? scriptNode = null;
            double? weight = 1;
            if (item is YamlScalarNode)
            {
                scriptNode = item;
            }
            else if (item is YamlMappingNode map)
            {
                foreach (var (key, value) in _yaml.Entries(map, "a mix entry", MixKeys))
                {
                    switch (key)
                    {
                        case "script":
                            scriptNode = value;
                            break;
                        case "weight":
                            weight = _yaml.Number(value, "mix.weight", 0, minExclusive: true);
                            break;
                    }
                }

                if (scriptNode is null)
                {
                    _yaml.Error(item, "mix entry has no 'script'; expected e.g. {script: ../bots/greeting-and-question.yaml, weight: 1}");
                    continue;
                }
            }
            else
            {
                _yaml.Error(item, $"mix entry must be a script path or {{script, weight}}, got {YamlReader.Describe(item)}");
                continue;
            }

            if (_yaml.String(scriptNode, "mix.script") is not { } script || weight is null)
            {
                continue;
            }

            var path = ResolvePath(script);
            if (!File.Exists(path))
            {
                _yaml.Error(scriptNode, $"bot script '{script}' not found (looked for {path}); expected a path relative to the profile");
                continue;
            }

            mix.Add(new ScriptWeight(path, weight.Value));
        }

        return mix;
    }

    private CustomerFeedSettings? ReadCustomerFeed(YamlNode node)
    {
        if (_yaml.Mapping(node, "customers", "a mapping of file, order") is not { } map)
        {
            return null;
        }

        string? file = null;
        var order = Bots.Customers.CustomerFeedOrder.RoundRobin;
        var entries = _yaml.Entries(map, "customers", CustomerKeys);
        bool ok = entries.Count == map.Children.Count;
        foreach (var (key, value) in entries)
        {
            switch (key)
            {
                case "file":
                    file = _yaml.String(value, "customers.file");
                    ok &= file is not null;
                    break;
                case "order":
                    switch (_yaml.String(value, "customers.order"))
                    {
                        case "round_robin": order = Bots.Customers.CustomerFeedOrder.RoundRobin; break;
                        case "random": order = Bots.Customers.CustomerFeedOrder.Random; break;
                        case null: ok = false; break;
                        case var other:
                            ok = false;
                            _yaml.Error(value, $"customers.order '{other}' is unknown; expected round_robin or random");
                            break;
                    }

                    break;

            }
        }

        if (ok && string.IsNullOrWhiteSpace(file))
        {
            _yaml.Error(node, "customers needs 'file'; expected e.g. customers: {file: data/customers.csv, order: round_robin}");
            return null;
        }

        return ok ? new CustomerFeedSettings(ResolvePath(file!), order) : null;
    }

    private BackoffSettings? ReadBackoff(YamlNode node)
    {
        if (_yaml.Mapping(node, "backoff", "a mapping of min, max, random_factor, max_retries") is not { } map)
        {
            return null;
        }

        var b = new BackoffSettings();
        var entries = _yaml.Entries(map, "backoff", BackoffKeys);
        bool ok = entries.Count == map.Children.Count;
        foreach (var (key, value) in entries)
        {
            switch (key)
            {
                case "min":
                    if (_yaml.Duration(value, "backoff.min", positive: true) is { } min) b = b with { Min = min }; else ok = false;
                    break;
                case "max":
                    if (_yaml.Duration(value, "backoff.max", positive: true) is { } max) b = b with { Max = max }; else ok = false;
                    break;
                case "random_factor":
                    if (_yaml.Number(value, "backoff.random_factor", 0, minExclusive: false) is { } factor) b = b with { RandomFactor = factor }; else ok = false;
                    break;
                case "max_retries":
                    if (_yaml.Int(value, "backoff.max_retries", min: 0) is { } retries) b = b with { MaxRetries = retries }; else ok = false;
                    break;

            }
        }

        if (!ok)
        {
            return null;
        }

        var problems = 0;
        foreach (var problem in b.FindProblems())
        {
            _yaml.Error(node, problem);
            problems++;
        }

        return problems == 0 ? b : null;
    }

    private List<Threshold> ReadThresholds(YamlNode node)
    {
        var thresholds = new List<Threshold>();
        if (node is not YamlSequenceNode seq)
        {
            _yaml.Error(node, $"'thresholds' must be a list, got {YamlReader.Describe(node)}; expected items such as - error_rate < 1%");
            return thresholds;
        }

        foreach (var item in seq.Children)
        {
            if (item is not YamlScalarNode { Value: { } text })
            {
                _yaml.Error(item, $"a threshold must be a text expression, got {YamlReader.Describe(item)}; expected e.g. p95(request_chat) < 2s");
                continue;
            }

            if (Threshold.TryParse(text, out var threshold, out var error))
            {
                thresholds.Add(threshold!);
            }
            else
            {
                _yaml.Error(item, $"bad threshold: {error}");
            }
        }

        return thresholds;
    }
}

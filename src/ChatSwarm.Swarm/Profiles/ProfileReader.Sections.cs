using ChatSwarm.Swarm.Thresholds;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Swarm.Profiles;

internal sealed partial class ProfileReader
{
    private TargetSettings? ReadTarget(YamlNode node, out YamlNode? baseUrlNode)
    {
        baseUrlNode = null;
        if (Section(node, "target", "base_url, tenant_url, app_id") is not { } map)
        {
            return null;
        }

        var target = new TargetSettings();
        foreach (var (keyNode, value) in map.Children)
        {
            switch (KeyName(keyNode))
            {
                case "base_url":
                    if (ReadString(value, "target.base_url") is { } url)
                    {
                        if (TryHttpUrl(url, out var uri))
                        {
                            target = target with { BaseAddress = uri };
                            baseUrlNode = value;
                        }
                        else
                        {
                            Error(value, $"'target.base_url' must be an absolute http(s) URL, got '{ChatSwarm.Client.SafeUrl.Display(url)}'; expected e.g. https://tenant.brightpattern.com/clientweb/api/v1/");
                        }
                    }

                    break;
                case "tenant_url":
                    if (ReadString(value, "target.tenant_url") is { } tenant) target = target with { TenantUrl = tenant };
                    break;
                case "app_id":
                    if (ReadString(value, "target.app_id") is { } app) target = target with { AppId = app };
                    break;
                case null:
                    break;
                case var other:
                    Error(keyNode, $"unknown target key '{other}'; expected base_url, tenant_url or app_id");
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
        const string keys = "agents, chats_per_agent, poll_hold, agent_think_time, exchanges_per_chat, faults, seed";
        if (Section(node, "simulator", keys) is not { } map)
        {
            return null;
        }

        var s = new EmbeddedSimulatorSettings();
        foreach (var (keyNode, value) in map.Children)
        {
            switch (KeyName(keyNode))
            {
                case "agents":
                    if (ReadInt(value, "simulator.agents", min: 0) is { } agents) s = s with { Agents = agents };
                    break;
                case "chats_per_agent":
                    if (ReadInt(value, "simulator.chats_per_agent", min: 1) is { } chats) s = s with { ChatsPerAgent = chats };
                    break;
                case "poll_hold":
                    if (ReadDuration(value, "simulator.poll_hold", positive: true) is { } hold)
                    {
                        if (hold > TimeSpan.FromMinutes(5))
                        {
                            Error(value, "'simulator.poll_hold' must be at most 5m; the real server holds polls 5–15 s");
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
                    if (ReadInt(value, "simulator.exchanges_per_chat", min: 0) is { } exchanges) s = s with { ExchangesPerChat = exchanges };
                    break;
                case "faults":
                    if (ReadString(value, "simulator.faults") is { } faults)
                    {
                        var path = ResolvePath(faults);
                        if (File.Exists(path))
                        {
                            s = s with { FaultsFile = path };
                        }
                        else
                        {
                            Error(value, $"'simulator.faults' file '{faults}' not found (looked for {path}); expected a fault-plan YAML path relative to the profile");
                        }
                    }

                    break;
                case "seed":
                    if (ReadInt(value, "simulator.seed", min: int.MinValue) is { } seed) s = s with { Seed = seed };
                    break;
                case null:
                    break;
                case var other:
                    Error(keyNode, $"unknown simulator key '{other}'; expected {keys}");
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
                min = max = ReadDuration(node, field, positive: false);
                break;
            case YamlSequenceNode { Children.Count: 2 } seq:
                min = ReadDuration(seq.Children[0], field + "[0]", positive: false);
                max = ReadDuration(seq.Children[1], field + "[1]", positive: false);
                break;
            case YamlMappingNode map:
                min = max = null;
                bool sawMin = false, sawMax = false;
                foreach (var (keyNode, value) in map.Children)
                {
                    switch (KeyName(keyNode))
                    {
                        case "min":
                            sawMin = true;
                            min = ReadDuration(value, field + ".min", positive: false);
                            break;
                        case "max":
                            sawMax = true;
                            max = ReadDuration(value, field + ".max", positive: false);
                            break;
                        case null:
                            break;
                        case var other:
                            Error(keyNode, $"unknown {field} key '{other}'; expected min and max");
                            return null;
                    }
                }

                if (!sawMin || !sawMax)
                {
                    Error(node, $"'{field}' needs both min and max; expected e.g. {{min: 1s, max: 4s}}");
                    return null;
                }

                break;
            default:
                Error(node, $"'{field}' must be a duration, [min, max] or {{min: 1s, max: 4s}}, got {Describe(node)}");
                return null;
        }

        if (min is null || max is null)
        {
            return null;
        }

        if (max < min)
        {
            Error(node, $"'{field}' max is below min; expected min <= max");
            return null;
        }

        return new DurationRange(min.Value, max.Value);
    }

    private List<ScriptWeight> ReadMix(YamlNode node)
    {
        var mix = new List<ScriptWeight>();
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            Error(node, $"'mix' must be a non-empty list, got {Describe(node)}; expected items such as - {{script: ../bots/greeting-and-question.yaml, weight: 3}}");
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
                foreach (var (keyNode, value) in map.Children)
                {
                    switch (KeyName(keyNode))
                    {
                        case "script":
                            scriptNode = value;
                            break;
                        case "weight":
                            weight = ReadNumber(value, "mix.weight", 0, minExclusive: true);
                            break;
                        case null:
                            break;
                        case var other:
                            Error(keyNode, $"unknown mix key '{other}'; expected script and weight");
                            break;
                    }
                }

                if (scriptNode is null)
                {
                    Error(item, "mix entry has no 'script'; expected e.g. {script: ../bots/greeting-and-question.yaml, weight: 1}");
                    continue;
                }
            }
            else
            {
                Error(item, $"mix entry must be a script path or {{script, weight}}, got {Describe(item)}");
                continue;
            }

            if (ReadString(scriptNode, "mix.script") is not { } script || weight is null)
            {
                continue;
            }

            var path = ResolvePath(script);
            if (!File.Exists(path))
            {
                Error(scriptNode, $"bot script '{script}' not found (looked for {path}); expected a path relative to the profile");
                continue;
            }

            mix.Add(new ScriptWeight(path, weight.Value));
        }

        return mix;
    }

    private CustomerFeedSettings? ReadCustomerFeed(YamlNode node)
    {
        if (Section(node, "customers", "file, order") is not { } map)
        {
            return null;
        }

        string? file = null;
        var order = Bots.Customers.CustomerFeedOrder.RoundRobin;
        bool ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            switch (KeyName(keyNode))
            {
                case "file":
                    file = ReadString(value, "customers.file");
                    ok &= file is not null;
                    break;
                case "order":
                    switch (ReadString(value, "customers.order"))
                    {
                        case "round_robin": order = Bots.Customers.CustomerFeedOrder.RoundRobin; break;
                        case "random": order = Bots.Customers.CustomerFeedOrder.Random; break;
                        case null: ok = false; break;
                        case var other:
                            ok = false;
                            Error(value, $"customers.order '{other}' is unknown; expected round_robin or random");
                            break;
                    }

                    break;
                case null:
                    ok = false;
                    break;
                case var other:
                    ok = false;
                    Error(keyNode, $"unknown customers key '{other}'; expected file or order");
                    break;
            }
        }

        if (ok && string.IsNullOrWhiteSpace(file))
        {
            Error(node, "customers needs 'file'; expected e.g. customers: {file: data/customers.csv, order: round_robin}");
            return null;
        }

        return ok ? new CustomerFeedSettings(ResolvePath(file!), order) : null;
    }

    private BackoffSettings? ReadBackoff(YamlNode node)
    {
        if (Section(node, "backoff", "min, max, random_factor, max_retries") is not { } map)
        {
            return null;
        }

        var b = new BackoffSettings();
        bool ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            switch (KeyName(keyNode))
            {
                case "min":
                    if (ReadDuration(value, "backoff.min", positive: true) is { } min) b = b with { Min = min }; else ok = false;
                    break;
                case "max":
                    if (ReadDuration(value, "backoff.max", positive: true) is { } max) b = b with { Max = max }; else ok = false;
                    break;
                case "random_factor":
                    if (ReadNumber(value, "backoff.random_factor", 0, minExclusive: false) is { } factor) b = b with { RandomFactor = factor }; else ok = false;
                    break;
                case "max_retries":
                    if (ReadInt(value, "backoff.max_retries", min: 0) is { } retries) b = b with { MaxRetries = retries }; else ok = false;
                    break;
                case null:
                    ok = false;
                    break;
                case var other:
                    ok = false;
                    Error(keyNode, $"unknown backoff key '{other}'; expected min, max, random_factor or max_retries");
                    break;
            }
        }

        if (ok && b.Validate() is { } error)
        {
            Error(node, error);
            return null;
        }

        return ok ? b : null;
    }

    private List<Threshold> ReadThresholds(YamlNode node)
    {
        var thresholds = new List<Threshold>();
        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"'thresholds' must be a list, got {Describe(node)}; expected items such as - error_rate < 1%");
            return thresholds;
        }

        foreach (var item in seq.Children)
        {
            if (item is not YamlScalarNode { Value: { } text })
            {
                Error(item, $"a threshold must be a text expression, got {Describe(item)}; expected e.g. p95(request_chat) < 2s");
                continue;
            }

            if (Threshold.TryParse(text, out var threshold, out var error))
            {
                thresholds.Add(threshold!);
            }
            else
            {
                Error(item, $"bad threshold: {error}");
            }
        }

        return thresholds;
    }

    private YamlMappingNode? Section(YamlNode node, string name, string keys)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, $"'{name}' must be a mapping of {keys}, got {Describe(node)}");
        return null;
    }
}

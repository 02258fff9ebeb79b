using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Swarm.Profiles;

internal sealed partial class ProfileReader
{
    private const string PhaseKinds = "ramp, constant, arrival, ramp_arrival or pause";

    private List<LoadPhase> ReadPhases(YamlNode node)
    {
        var phases = new List<LoadPhase>();
        if (node is not YamlSequenceNode sequence)
        {
            _yaml.Error(node, $"'phases' must be a list, got {YamlReader.Describe(node)}; expected items such as - constant: {{sessions: 50, duration: 1m}}");
            return phases;
        }

        if (sequence.Children.Count == 0)
        {
            _yaml.Error(node, "'phases' is empty; expected at least one phase");
        }

        foreach (var item in sequence.Children)
        {
            if (ReadPhase(item) is { } phase)
            {
                phases.Add(phase);
            }
        }

        return phases;
    }

    private LoadPhase? ReadPhase(YamlNode item)
    {
        if (item is not YamlMappingNode map || map.Children.Count != 1)
        {
            _yaml.Error(item, $"a phase must be a mapping with exactly one of {PhaseKinds}, got {YamlReader.Describe(item)}; e.g. - ramp: {{from: 0, to: 50, duration: 10s}}");
            return null;
        }

        var (keyNode, body) = map.Children.First();
        var kind = keyNode is YamlScalarNode { Value: { Length: > 0 } name } ? name : null;
        switch (kind)
        {
            case "ramp":
            {
                var f = Fields(body, kind, "from", "to", "duration");
                if (f is null) return null;
                int? from = f.TryGetValue("from", out var fromNode) ? _yaml.Int(fromNode, "ramp.from", min: 0) : 0;
                int? to = Required(f, body, kind, "to", "to: 50") is { } toNode ? _yaml.Int(toNode, "ramp.to", min: 0) : null;
                var duration = PhaseDuration(f, body, kind);
                if (from is null || to is null || duration is null) return null;
                if (from == 0 && to == 0)
                {
                    _yaml.Error(body, "ramp from 0 to 0 opens no sessions; expected 'to' above 0 (use pause for a phase without new sessions)");
                    return null;
                }

                return new RampPhase(from.Value, to.Value, duration.Value);
            }

            case "constant":
            {
                var f = Fields(body, kind, "sessions", "duration");
                if (f is null) return null;
                int? sessions = Required(f, body, kind, "sessions", "sessions: 50") is { } n ? _yaml.Int(n, "constant.sessions", min: 1) : null;
                var duration = PhaseDuration(f, body, kind);
                return sessions is null || duration is null ? null : new ConstantPhase(sessions.Value, duration.Value);
            }

            case "arrival":
            {
                var f = Fields(body, kind, "rate", "duration");
                if (f is null) return null;
                double? rate = Required(f, body, kind, "rate", "rate: 5") is { } r ? _yaml.Number(r, "arrival.rate", 0, minExclusive: true) : null;
                var duration = PhaseDuration(f, body, kind);
                return rate is null || duration is null ? null : new ArrivalPhase(rate.Value, duration.Value);
            }

            case "ramp_arrival":
            {
                var f = Fields(body, kind, "from", "to", "duration");
                if (f is null) return null;
                double? from = f.TryGetValue("from", out var fromNode) ? _yaml.Number(fromNode, "ramp_arrival.from", 0, minExclusive: false) : 0;
                double? to = Required(f, body, kind, "to", "to: 10") is { } toNode ? _yaml.Number(toNode, "ramp_arrival.to", 0, minExclusive: false) : null;
                var duration = PhaseDuration(f, body, kind);
                if (from is null || to is null || duration is null) return null;
                if (from == 0 && to == 0)
                {
                    _yaml.Error(body, "ramp_arrival from 0 to 0 starts no sessions; expected 'to' above 0 (use pause for a phase without new sessions)");
                    return null;
                }

                return new RampArrivalPhase(from.Value, to.Value, duration.Value);
            }

            case "pause":
            {
                YamlNode durationNode = body;
                if (body is YamlMappingNode)
                {
                    var f = Fields(body, kind, "duration");
                    if (f is null) return null;
                    if (Required(f, body, kind, "duration", "duration: 10s") is not { } d) return null;
                    durationNode = d;
                }

                return _yaml.Duration(durationNode, "pause.duration", positive: true) is { } pause ? new PausePhase(pause) : null;
            }

            case null:
                _yaml.Error(keyNode, $"keys in phases must be plain names, got {YamlReader.Describe(keyNode)} as a key; expected one of {PhaseKinds}");
                return null;

            default:
                _yaml.Error(keyNode, $"unknown phase '{kind}'; expected {PhaseKinds}");
                return null;
        }
    }

    private TimeSpan? PhaseDuration(Dictionary<string, YamlNode> fields, YamlNode body, string kind) =>
        Required(fields, body, kind, "duration", "duration: 30s") is { } node ? _yaml.Duration(node, $"{kind}.duration", positive: true) : null;

    private YamlNode? Required(Dictionary<string, YamlNode> fields, YamlNode body, string kind, string field, string example)
    {
        if (fields.TryGetValue(field, out var node))
        {
            return node;
        }

        _yaml.Error(body, $"{kind} phase is missing '{field}'; expected e.g. {example}");
        return null;
    }

    /// <summary>Reads a phase body's fields, reporting unknown keys; null when the body is not a mapping.</summary>
    private Dictionary<string, YamlNode>? Fields(YamlNode body, string kind, params string[] allowed)
    {
        if (_yaml.Mapping(body, kind, $"a mapping of {string.Join(", ", allowed)}") is not { } map)
        {
            return null;
        }

        return _yaml.Entries(map, $"the {kind} phase", allowed).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }
}

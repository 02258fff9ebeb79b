using ChatSwarm.Bots.Scripting.Handlers;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;
using static ChatSwarm.Configuration.Yaml.YamlReader;

namespace ChatSwarm.Bots.Scripting;

/// <summary>Handlers active for the whole chat: forms, secure forms, message rules, receipts, warnings, files, case, calls.</summary>
internal sealed partial class BotScriptParser
{
    private (Dictionary<string, FormAnswer> Forms, FormAnswer? Default) ParseForms(YamlNode node, string where, bool secure)
    {
        var forms = new Dictionary<string, FormAnswer>(StringComparer.Ordinal);
        FormAnswer? fallback = null;
        var expected = secure
            ? "a mapping of form id (or default) to {action: fill|cancel, fields: {...}, delay: 2s}"
            : "a mapping of form name (or default) to {fields: {...}, delay: 2s}";
        if (_yaml.Mapping(node, where, expected) is not { } map)
        {
            return (forms, null);
        }

        foreach (var (k, v) in map.Children)
        {
            if (_yaml.String(k, $"{where} form name") is not { } name)
            {
                continue;
            }

            if (ParseFormAnswer(v, $"{where}.{name}", secure) is { } answer)
            {
                if (name == "default")
                {
                    fallback = answer;
                }
                else
                {
                    forms[name] = answer;
                }
            }
        }

        return (forms, fallback);
    }

    private FormAnswer? ParseFormAnswer(YamlNode node, string where, bool secure)
    {
        var expected = secure ? "{action: fill|cancel, fields: {...}, delay: 2s}" : "{fields: {...}, delay: 2s}";
        if (_yaml.Mapping(node, where, expected) is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, where, secure ? ["action", "fields", "delay"] : ["fields", "delay"]);
        var fill = true;
        if (secure && Child(map, "action") is { } actionNode)
        {
            switch ((actionNode as YamlScalarNode)?.Value)
            {
                case "fill":
                    break;
                case "cancel":
                    fill = false;
                    break;
                default:
                    _yaml.Error(actionNode, $"{where}.action {Describe(actionNode)} is unknown; expected fill or cancel");
                    return null;
            }
        }

        var delay = Child(map, "delay") is { } d ? _yaml.Delay(d, $"{where}.delay") : null;
        var fields = new List<KeyValuePair<string, Template>>();
        if (Child(map, "fields") is { } fieldsNode)
        {
            if (_yaml.Mapping(fieldsNode, $"{where}.fields", "a mapping of field name to value") is not { } fmap)
            {
                return null;
            }

            foreach (var (fk, fv) in fmap.Children)
            {
                if (_yaml.String(fk, "field name") is { } field && TemplateOf(fv, $"{where}.fields.{field}") is { } value)
                {
                    fields.Add(new(field, value));
                }
            }
        }
        else if (fill)
        {
            _yaml.Error(map, $"{where} has no 'fields'; expected {expected}");
            return null;
        }

        return new FormAnswer(fill, delay, fields);
    }

    private List<MessageRule> ParseRules(YamlNode node)
    {
        var rules = new List<MessageRule>();
        if (node is not YamlSequenceNode seq)
        {
            _yaml.Error(node, "on_message is " + Describe(node) + "; expected a list of rules such as '- {matches: PATTERN, reply: TEXT}' and '- {default: TEXT}'");
            return rules;
        }

        var sawDefault = false;
        foreach (var item in seq.Children)
        {
            if (_yaml.Mapping(item, "on_message rule", "{matches|contains: ..., reply: TEXT, delay: 2s} or {default: TEXT}") is not { } map)
            {
                continue;
            }

            if (sawDefault)
            {
                _yaml.Error(item, "rule after the default rule is never used; expected the default rule last");
            }

            if (Child(map, "default") is { } def)
            {
                _yaml.CheckKeys(map, "on_message default rule", ["default", "delay"]);
                var delay = Child(map, "delay") is { } dd ? _yaml.Delay(dd, "on_message.delay") : null;
                if (Text(def, "on_message.default") is { } reply)
                {
                    rules.Add(new MessageRule(null, null, reply, delay));
                }

                sawDefault = true;
                continue;
            }

            _yaml.CheckKeys(map, "on_message rule", ["matches", "contains", "reply", "delay"]);
            var pattern = Child(map, "matches") is { } m ? RegexOf(m, "on_message.matches") : null;
            var contains = Child(map, "contains") is { } c ? _yaml.String(c, "on_message.contains") : null;
            if (Child(map, "matches") is null && Child(map, "contains") is null)
            {
                _yaml.Error(map, "on_message rule has neither 'matches' nor 'contains'; expected {matches: PATTERN, reply: TEXT} (or {default: TEXT})");
                continue;
            }

            if (Child(map, "reply") is not { } replyNode)
            {
                _yaml.Error(map, "on_message rule has no 'reply'; expected {matches: PATTERN, reply: TEXT}");
                continue;
            }

            var text = Text(replyNode, "on_message.reply");
            var ruleDelay = Child(map, "delay") is { } rd ? _yaml.Delay(rd, "on_message.delay") : null;
            if (text is not null && (pattern is not null || Child(map, "matches") is null))
            {
                rules.Add(new MessageRule(pattern, contains, text, ruleDelay));
            }
        }

        return rules;
    }

    private ReceiptOptions? ParseReceipts(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return _yaml.Bool(node, "receipts") is { } on ? (on ? ReceiptOptions.Default : null) : ReceiptOptions.Default;
        }

        if (_yaml.Mapping(node, "receipts", "true, false or {delivered: true, read: true, delivered_delay: 300ms, read_delay: {uniform: [1s, 4s]}}") is not { } map)
        {
            return ReceiptOptions.Default;
        }

        _yaml.CheckKeys(map, "receipts", ["delivered", "read", "delivered_delay", "read_delay"]);
        var d = ReceiptOptions.Default;
        var delivered = Child(map, "delivered") is { } dn ? _yaml.Bool(dn, "receipts.delivered") ?? true : d.Delivered;
        var read = Child(map, "read") is { } rn ? _yaml.Bool(rn, "receipts.read") ?? true : d.Read;
        var deliveredDelay = Child(map, "delivered_delay") is { } dd ? _yaml.Delay(dd, "receipts.delivered_delay") ?? d.DeliveredDelay : d.DeliveredDelay;
        var readDelay = Child(map, "read_delay") is { } rd ? _yaml.Delay(rd, "receipts.read_delay") ?? d.ReadDelay : d.ReadDelay;
        return new ReceiptOptions(delivered, read, deliveredDelay, readDelay);
    }

    private static TimeoutWarningHandler DefaultTimeoutWarning() =>
        new(new TextChoice([TemplateParser.TryParse("Sorry, I'm still here.", out _, out _)!]), null);

    private TimeoutWarningHandler ParseTimeoutWarning(YamlNode node)
    {
        if (node is YamlScalarNode s && s.Value == "ignore")
        {
            return new TimeoutWarningHandler(null, null);
        }

        if (_yaml.Mapping(node, "on_timeout_warning", "ignore or {reply: TEXT, delay: 2s}") is not { } map)
        {
            return DefaultTimeoutWarning();
        }

        _yaml.CheckKeys(map, "on_timeout_warning", ["reply", "delay"]);
        if (Child(map, "reply") is not { } replyNode)
        {
            _yaml.Error(map, "on_timeout_warning has no 'reply'; expected {reply: TEXT} or ignore");
            return DefaultTimeoutWarning();
        }

        var reply = Text(replyNode, "on_timeout_warning.reply");
        var delay = Child(map, "delay") is { } d ? _yaml.Delay(d, "on_timeout_warning.delay") : null;
        return new TimeoutWarningHandler(reply, delay);
    }

    private FileHandler ParseFileHandler(YamlNode node)
    {
        if (_yaml.Mapping(node, "on_file", "{download: true, min_bytes: 1, max_bytes: 1MB}") is not { } map)
        {
            return FileHandler.Default;
        }

        _yaml.CheckKeys(map, "on_file", ["download", "min_bytes", "max_bytes"]);
        var download = Child(map, "download") is { } dn ? _yaml.Bool(dn, "on_file.download") ?? true : true;
        var min = Child(map, "min_bytes") is { } mn ? Size(mn, "on_file.min_bytes") ?? 1 : 1;
        long? max = Child(map, "max_bytes") is { } mx ? Size(mx, "on_file.max_bytes") : null;
        if (max is { } m && m < min)
        {
            _yaml.Error(Child(map, "max_bytes")!, $"on_file.max_bytes {m} is below min_bytes {min}; expected max_bytes >= min_bytes");
        }

        return new FileHandler(download, min, max);
    }

    private CaseHandler? ParseCase(YamlNode node)
    {
        if (_yaml.Mapping(node, "on_case_set", "{history: true, close: true}") is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, "on_case_set", ["history", "close"]);
        var history = Child(map, "history") is { } h && (_yaml.Bool(h, "on_case_set.history") ?? false);
        var close = Child(map, "close") is { } c && (_yaml.Bool(c, "on_case_set.close") ?? false);
        return new CaseHandler(history, close);
    }

    private CallPolicy ParseCalls(YamlNode node)
    {
        switch ((node as YamlScalarNode)?.Value)
        {
            case "reject":
                return CallPolicy.Reject;
            case "end":
                return CallPolicy.End;
            default:
                _yaml.Error(node, $"calls {Describe(node)} is unknown; expected reject (REQUEST_CALL gets CALL_REJECTED, OFFER_CALL gets END_CALL) or end (both get END_CALL)");
                return CallPolicy.Reject;
        }
    }
}

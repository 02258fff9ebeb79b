using ChatSwarm.Bots.Phones;
using ChatSwarm.Bots.Scripting.Handlers;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;
using static ChatSwarm.Configuration.Yaml.YamlReader;

namespace ChatSwarm.Bots.Scripting;

/// <summary>
/// Reads a script from YamlDotNet's representation model, so every node keeps its line and column. Collects all
/// errors instead of stopping at the first; <see cref="Parse"/> returns null when any was found.
/// </summary>
internal sealed partial class BotScriptParser
{
    private static readonly string[] TopLevelKeys =
    [
        "name", "description", "think", "expect_timeout", "expect_failure", "customer", "conversation", "on_form",
        "on_secure_form", "on_message", "receipts", "on_timeout_warning", "on_file", "on_case_set", "calls", "cobrowsing", "hooks",
    ];

    private readonly string _source;
    private readonly string _baseDirectory;
    private readonly YamlReader _yaml;
    private readonly HashSet<string> _captured = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Where)> _memoryReads = [];
    private readonly Dictionary<string, string> _envReads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _feedReads = new(StringComparer.Ordinal);
    private TimeSpan _expectTimeout = TimeSpan.FromSeconds(30);
    private bool _endOnFailure = true;

    public BotScriptParser(string source, string baseDirectory)
    {
        _source = source;
        _baseDirectory = baseDirectory;
        _yaml = new YamlReader(source);
    }

    public IReadOnlyList<string> Errors => _yaml.Errors;

    public BotScript? Parse(string text)
    {
        if (!_yaml.TryLoad(text, out var node))
        {
            return null;
        }

        if (node is not YamlMappingNode root)
        {
            _yaml.Add(node is null
                ? $"{_yaml.At(1, 1)}: the script is empty; expected a mapping with at least 'conversation'"
                : $"{_yaml.At(node)}: the script is not a mapping; expected keys such as name, customer, conversation, on_form");
            return null;
        }

        _yaml.CheckKeys(root, "the script", TopLevelKeys);

        // Script-wide defaults first: steps parsed below depend on them.
        if (Child(root, "expect_timeout") is { } et && _yaml.Duration(et, "expect_timeout") is { } timeout)
        {
            _expectTimeout = timeout;
        }

        if (Child(root, "expect_failure") is { } ef)
        {
            _endOnFailure = OnFail(ef) ?? true;
        }

        var name = Child(root, "name") is { } n ? _yaml.String(n, "name") : null;
        name ??= Path.GetFileNameWithoutExtension(_source);
        var description = Child(root, "description") is { } d ? _yaml.String(d, "description") : null;
        var think = Child(root, "think") is { } t ? _yaml.Delay(t, "think") : null;
        var customer = ParseCustomer(Child(root, "customer"));

        IReadOnlyList<ScriptStep> steps = [];
        if (Child(root, "conversation") is { } conversation)
        {
            steps = ParseSteps(conversation, "conversation");
            if (steps.Count == 0 && conversation is YamlSequenceNode { Children.Count: 0 })
            {
                _yaml.Error(conversation, "conversation has no steps; expected a list such as '- say: Hello'");
            }
        }
        else
        {
            _yaml.Add($"{_yaml.At(root)}: missing 'conversation'; expected a list of steps (say, wait, expect, capture, send_file, location, navigate, typing, disconnect, end)");
        }

        var (forms, defaultForm) = Child(root, "on_form") is { } of ? ParseForms(of, "on_form", secure: false) : (new Dictionary<string, FormAnswer>(), null);
        var (secure, defaultSecure) = Child(root, "on_secure_form") is { } osf ? ParseForms(osf, "on_secure_form", secure: true) : (new Dictionary<string, FormAnswer>(), null);
        var rules = Child(root, "on_message") is { } om ? ParseRules(om) : [];
        var receipts = Child(root, "receipts") is { } r ? ParseReceipts(r) : ReceiptOptions.Default;
        var warning = Child(root, "on_timeout_warning") is { } tw ? ParseTimeoutWarning(tw) : DefaultTimeoutWarning();
        var files = Child(root, "on_file") is { } f ? ParseFileHandler(f) : FileHandler.Default;
        var caseHandler = Child(root, "on_case_set") is { } cs ? ParseCase(cs) : null;
        var calls = Child(root, "calls") is { } c ? ParseCalls(c) : CallPolicy.Reject;
        if (Child(root, "cobrowsing") is { } cb && _yaml.String(cb, "cobrowsing") is { } cbValue && cbValue != "reject")
        {
            _yaml.Error(cb, $"cobrowsing '{cbValue}' is not supported; expected 'reject' (bots never share their screen)");
        }

        var hooks = Child(root, "hooks") is { } h ? ParseHooks(h) : new IReadOnlyList<ScriptStep>?[5];

        foreach (var (memoryName, where) in _memoryReads)
        {
            if (!_captured.Contains(memoryName))
            {
                var known = _captured.Count == 0 ? "none" : string.Join(", ", _captured.Order(StringComparer.Ordinal));
                _yaml.Add($"{where}: unknown template variable 'memory.{memoryName}'; expected a name set by a capture step (captured: {known})");
            }
        }

        if (_yaml.HasErrors || customer is null)
        {
            return null;
        }

        return new BotScript(name, _source)
        {
            Description = description,
            EnvironmentReads = _envReads,
            FeedColumnReads = _feedReads,
            Steps = steps,
            Customer = customer,
            Think = think,
            Forms = forms,
            DefaultForm = defaultForm,
            SecureForms = secure,
            DefaultSecureForm = defaultSecure,
            MessageRules = rules,
            Receipts = receipts,
            TimeoutWarning = warning,
            Files = files,
            Case = caseHandler,
            Calls = calls,
            Hooks = hooks,
        };
    }

    private CustomerSpec? ParseCustomer(YamlNode? node)
    {
        PhoneNormalizer normalizer = PhoneNormalizer.Create("+1");
        Template? phone = null, from = null;
        var parameters = new List<KeyValuePair<string, Template>>();
        if (node is null)
        {
            AddDefaultParameters(parameters);
            return new CustomerSpec(normalizer, null, null, parameters);
        }

        if (_yaml.Mapping(node, "customer", "a mapping with country, phone, from and parameters") is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, "customer", ["country", "phone", "from", "parameters"]);
        if (Child(map, "country") is { } countryNode && _yaml.String(countryNode, "customer.country") is { } country)
        {
            if (PhoneNormalizer.TryCreate(country, out var created, out var error))
            {
                normalizer = created!;
            }
            else
            {
                _yaml.Error(countryNode, error!);
            }
        }

        if (Child(map, "phone") is { } p)
        {
            phone = TemplateOf(p, "customer.phone");
        }

        if (Child(map, "from") is { } f)
        {
            from = TemplateOf(f, "customer.from");
        }

        if (Child(map, "parameters") is { } ps)
        {
            if (_yaml.Mapping(ps, "customer.parameters", "a mapping of parameter name to value") is { } pmap)
            {
                foreach (var (k, v) in pmap.Children)
                {
                    if (_yaml.String(k, "parameter name") is { } key && TemplateOf(v, $"customer.parameters.{key}") is { } value)
                    {
                        parameters.Add(new(key, value));
                    }
                }
            }
        }
        else
        {
            AddDefaultParameters(parameters);
        }

        return new CustomerSpec(normalizer, phone, from, parameters);
    }

    private static void AddDefaultParameters(List<KeyValuePair<string, Template>> parameters)
    {
        foreach (var field in new[] { "first_name", "last_name", "email" })
        {
            parameters.Add(new(field, TemplateParser.TryParse($"{{{{customer.{field}}}}}", out _, out _)!));
        }
    }

    private IReadOnlyList<ScriptStep>?[] ParseHooks(YamlNode node)
    {
        var hooks = new IReadOnlyList<ScriptStep>?[5];
        if (_yaml.Mapping(node, "hooks", "a mapping of widget event (chatWindowOpen, chatSessionCreated, chatSessionStarted, chatSessionEnded, chatWindowClosed) to steps") is not { } map)
        {
            return hooks;
        }

        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value;
            if (!LifecycleHookNames.TryParse(name, out var hook))
            {
                _yaml.Error(k, $"unknown hook '{name}'; expected chatWindowOpen, chatSessionCreated, chatSessionStarted, chatSessionEnded or chatWindowClosed");
                continue;
            }

            // After the session is over there is no chat to send to; these hooks are counted, not scripted.
            var afterChat = hook is LifecycleHook.ChatSessionEnded or LifecycleHook.ChatWindowClosed;
            if (afterChat && v is YamlSequenceNode { Children.Count: > 0 })
            {
                _yaml.Error(v, $"{name} runs after the chat is gone, so it cannot run steps; expected an empty list (the hook is still counted)");
                continue;
            }

            hooks[(int)hook] = ParseSteps(v, $"hooks.{name}");
        }

        return hooks;
    }

    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}

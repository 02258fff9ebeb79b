using ChatSwarm.Bots.Phones;
using ChatSwarm.Bots.Scripting.Handlers;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Bots.Timing;
using ChatSwarm.Bots.Yaml;
using YamlDotNet.RepresentationModel;

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
    private readonly List<string> _errors = [];
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
    }

    public IReadOnlyList<string> Errors => _errors;

    public BotScript? Parse(string text)
    {
        YamlStream stream;
        try
        {
            stream = YamlDocumentReader.Load(text);
        }
        catch (YamlReadException ex)
        {
            _errors.Add($"{_source}:{ex.Line}:{ex.Column}: {ex.Message}; expected valid YAML");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            _errors.Add(node is null
                ? $"{_source}:1:1: the script is empty; expected a mapping with at least 'conversation'"
                : $"{At(node)}: the script is not a mapping; expected keys such as name, customer, conversation, on_form");
            return null;
        }

        CheckKeys(root, "the script", TopLevelKeys);

        // Script-wide defaults first: steps parsed below depend on them.
        if (Child(root, "expect_timeout") is { } et && Duration(et, "expect_timeout") is { } timeout)
        {
            _expectTimeout = timeout;
        }

        if (Child(root, "expect_failure") is { } ef)
        {
            _endOnFailure = OnFail(ef) ?? true;
        }

        var name = Child(root, "name") is { } n ? String(n, "name") : null;
        name ??= Path.GetFileNameWithoutExtension(_source);
        var description = Child(root, "description") is { } d ? String(d, "description") : null;
        var think = Child(root, "think") is { } t ? Delay(t) : null;
        var customer = ParseCustomer(Child(root, "customer"));

        IReadOnlyList<ScriptStep> steps = [];
        if (Child(root, "conversation") is { } conversation)
        {
            steps = ParseSteps(conversation, "conversation");
            if (steps.Count == 0 && conversation is YamlSequenceNode { Children.Count: 0 })
            {
                Error(conversation, "conversation has no steps; expected a list such as '- say: Hello'");
            }
        }
        else
        {
            _errors.Add($"{At(root)}: missing 'conversation'; expected a list of steps (say, wait, expect, capture, send_file, location, navigate, typing, disconnect, end)");
        }

        var (forms, defaultForm) = Child(root, "on_form") is { } of ? ParseForms(of, "on_form", secure: false) : (new Dictionary<string, FormAnswer>(), null);
        var (secure, defaultSecure) = Child(root, "on_secure_form") is { } osf ? ParseForms(osf, "on_secure_form", secure: true) : (new Dictionary<string, FormAnswer>(), null);
        var rules = Child(root, "on_message") is { } om ? ParseRules(om) : [];
        var receipts = Child(root, "receipts") is { } r ? ParseReceipts(r) : ReceiptOptions.Default;
        var warning = Child(root, "on_timeout_warning") is { } tw ? ParseTimeoutWarning(tw) : DefaultTimeoutWarning();
        var files = Child(root, "on_file") is { } f ? ParseFileHandler(f) : FileHandler.Default;
        var caseHandler = Child(root, "on_case_set") is { } cs ? ParseCase(cs) : null;
        var calls = Child(root, "calls") is { } c ? ParseCalls(c) : CallPolicy.Reject;
        if (Child(root, "cobrowsing") is { } cb && String(cb, "cobrowsing") is { } cbValue && cbValue != "reject")
        {
            Error(cb, $"cobrowsing '{cbValue}' is not supported; expected 'reject' (bots never share their screen)");
        }

        var hooks = Child(root, "hooks") is { } h ? ParseHooks(h) : new IReadOnlyList<ScriptStep>?[5];

        foreach (var (memoryName, where) in _memoryReads)
        {
            if (!_captured.Contains(memoryName))
            {
                var known = _captured.Count == 0 ? "none" : string.Join(", ", _captured.Order(StringComparer.Ordinal));
                _errors.Add($"{where}: unknown template variable 'memory.{memoryName}'; expected a name set by a capture step (captured: {known})");
            }
        }

        if (_errors.Count > 0 || customer is null)
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

        if (Mapping(node, "customer", "a mapping with country, phone, from and parameters") is not { } map)
        {
            return null;
        }

        CheckKeys(map, "customer", ["country", "phone", "from", "parameters"]);
        if (Child(map, "country") is { } countryNode && String(countryNode, "customer.country") is { } country)
        {
            if (PhoneNormalizer.TryCreate(country, out var created, out var error))
            {
                normalizer = created!;
            }
            else
            {
                Error(countryNode, error!);
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
            if (Mapping(ps, "customer.parameters", "a mapping of parameter name to value") is { } pmap)
            {
                foreach (var (k, v) in pmap.Children)
                {
                    if (String(k, "parameter name") is { } key && TemplateOf(v, $"customer.parameters.{key}") is { } value)
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
        if (Mapping(node, "hooks", "a mapping of widget event (chatWindowOpen, chatSessionCreated, chatSessionStarted, chatSessionEnded, chatWindowClosed) to steps") is not { } map)
        {
            return hooks;
        }

        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value;
            if (!LifecycleHookNames.TryParse(name, out var hook))
            {
                Error(k, $"unknown hook '{name}'; expected chatWindowOpen, chatSessionCreated, chatSessionStarted, chatSessionEnded or chatWindowClosed");
                continue;
            }

            // After the session is over there is no chat to send to; these hooks are counted, not scripted.
            var afterChat = hook is LifecycleHook.ChatSessionEnded or LifecycleHook.ChatWindowClosed;
            if (afterChat && v is YamlSequenceNode { Children.Count: > 0 })
            {
                Error(v, $"{name} runs after the chat is gone, so it cannot run steps; expected an empty list (the hook is still counted)");
                continue;
            }

            hooks[(int)hook] = ParseSteps(v, $"hooks.{name}");
        }

        return hooks;
    }

    private void CheckKeys(YamlMappingNode map, string where, string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (key is not YamlScalarNode)
            {
                Error(key, $"keys in {where} must be plain names, got a list or mapping as a key; expected one of {string.Join(", ", allowed)}");
            }
            else if (name is null || Array.IndexOf(allowed, name) < 0)
            {
                Error(key, $"unknown key '{name}' in {where}; expected one of {string.Join(", ", allowed)}");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private string At(YamlNode node) => $"{_source}:{node.Start.Line}:{node.Start.Column}";

    private void Error(YamlNode node, string message) => _errors.Add($"{At(node)}: {message}");

    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}

using System.Globalization;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Client;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;
using static ChatSwarm.Configuration.Yaml.YamlReader;

namespace ChatSwarm.Bots.Scripting;

/// <summary>Conversation steps: each list item is a mapping whose first key names the step, or a bare step name.</summary>
internal sealed partial class BotScriptParser
{
    private const string StepNames = "say, wait, expect, capture, send_file, location, navigate, typing, disconnect, end";
    private const string ExpectEvents = "message, file, form, secure_form, case_set, timeout_warning, agent_joined, ended";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".txt"] = "text/plain",
        [".pdf"] = "application/pdf",
        [".json"] = "application/json",
        [".csv"] = "text/csv",
    };

    private List<ScriptStep> ParseSteps(YamlNode node, string where)
    {
        var steps = new List<ScriptStep>();
        if (IsNull(node))
        {
            return steps;
        }

        if (node is not YamlSequenceNode seq)
        {
            _yaml.Error(node, $"{where} is {Describe(node)}; expected a list of steps ({StepNames})");
            return steps;
        }

        foreach (var item in seq.Children)
        {
            if (ParseStep(item) is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private ScriptStep? ParseStep(YamlNode item)
    {
        string? kind;
        YamlNode? value = null;
        YamlMappingNode? map = null;
        if (item is YamlScalarNode bare)
        {
            kind = bare.Value;
        }
        else if (item is YamlMappingNode m && m.Children.Count > 0)
        {
            map = m;
            var first = m.Children[0];
            kind = (first.Key as YamlScalarNode)?.Value;
            value = first.Value;
        }
        else
        {
            _yaml.Error(item, $"a step is {Describe(item)}; expected a step such as '- say: Hello' ({StepNames})");
            return null;
        }

        int line = (int)item.Start.Line, column = (int)item.Start.Column;
        var empty = value is null || IsNull(value);
        if (map is not null)
        {
            _yaml.CheckKeys(map, $"step '{kind}'", kind is null ? [] : [kind]);
        }

        switch (kind)
        {
            case "say":
                return !empty && Text(value!, "say") is { } text ? new SayStep(line, column, text) : Missing(item, value, "say", "a text, a list of variants or {utterances: NAME}");
            case "wait":
                return empty ? new WaitStep(line, column, null) : _yaml.Delay(value!, "wait") is { } delay ? new WaitStep(line, column, delay) : null;
            case "typing":
                return empty ? new TypingStep(line, column, DelayDistribution.Constant(TimeSpan.FromSeconds(2))) : _yaml.Delay(value!, "typing") is { } d ? new TypingStep(line, column, d) : null;
            case "expect":
                return empty ? Missing(item, value, "expect", "a text to find or {matches|contains|event, timeout, on_fail}") : ParseExpect(line, column, value!);
            case "capture":
                return empty ? Missing(item, value, "capture", "{as: NAME, regex: PATTERN}") : ParseCapture(line, column, value!);
            case "send_file":
                return empty ? Missing(item, value, "send_file", "{path: files/NAME} or {generate: SIZE}") : ParseSendFile(line, column, value!);
            case "location":
                return empty ? Missing(item, value, "location", "{latitude: 50.08, longitude: 14.42}") : ParseLocation(line, column, value!);
            case "navigate":
                return empty ? Missing(item, value, "navigate", "a page URL or {page: URL, title: TEXT}") : ParseNavigate(line, column, value!);
            case "disconnect":
                return ParseDisconnect(line, column, empty ? null : value);
            case "end":
                if (!empty)
                {
                    _yaml.Error(value!, "end takes no value; expected '- end'");
                    return null;
                }

                return new EndStep(line, column);
            default:
                _yaml.Error(item, $"unknown step '{kind}'; expected one of {StepNames}");
                return null;
        }
    }

    private ScriptStep? Missing(YamlNode item, YamlNode? value, string kind, string expected)
    {
        if (value is null || IsNull(value))
        {
            _yaml.Error(value ?? item, $"{kind} needs a value; expected {expected}");
        }

        return null;
    }

    private ExpectStep? ParseExpect(int line, int column, YamlNode value)
    {
        if (value is YamlScalarNode s)
        {
            return new ExpectStep(line, column, ExpectTarget.Message, null, s.Value, _expectTimeout, _endOnFailure, $"message containing '{s.Value}'");
        }

        if (_yaml.Mapping(value, "expect", "a text or {matches|contains|event, timeout, on_fail}") is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, "expect", ["matches", "contains", "event", "timeout", "on_fail"]);
        var target = ExpectTarget.Message;
        if (Child(map, "event") is { } ev)
        {
            ExpectTarget? parsed = (ev as YamlScalarNode)?.Value switch
            {
                "message" => ExpectTarget.Message,
                "file" => ExpectTarget.File,
                "form" => ExpectTarget.Form,
                "secure_form" => ExpectTarget.SecureForm,
                "case_set" => ExpectTarget.CaseSet,
                "timeout_warning" => ExpectTarget.TimeoutWarning,
                "agent_joined" => ExpectTarget.AgentJoined,
                "ended" => ExpectTarget.Ended,
                _ => null,
            };
            if (parsed is null)
            {
                _yaml.Error(ev, $"unknown expect event {Describe(ev)}; expected one of {ExpectEvents}");
                return null;
            }

            target = parsed.Value;
        }

        var pattern = Child(map, "matches") is { } mt ? RegexOf(mt, "expect.matches") : null;
        var contains = Child(map, "contains") is { } ct ? _yaml.String(ct, "expect.contains") : null;
        if (target != ExpectTarget.Message && (pattern is not null || contains is not null))
        {
            _yaml.Error(map, $"expect event {Describe(Child(map, "event")!)} cannot match text; expected matches/contains only with event: message");
            return null;
        }

        var timeout = Child(map, "timeout") is { } to ? _yaml.Duration(to, "expect.timeout") : _expectTimeout;
        var endOnFailure = Child(map, "on_fail") is { } of ? OnFail(of) : _endOnFailure;
        if (timeout is null || endOnFailure is null || (Child(map, "matches") is not null && pattern is null))
        {
            return null;
        }

        var description = target switch
        {
            ExpectTarget.Message when pattern is not null => $"message matching /{pattern}/",
            ExpectTarget.Message when contains is not null => $"message containing '{contains}'",
            ExpectTarget.Message => "any agent message",
            _ => $"event {(Child(map, "event") as YamlScalarNode)?.Value}",
        };
        return new ExpectStep(line, column, target, pattern, contains, timeout.Value, endOnFailure.Value, description);
    }

    private CaptureStep? ParseCapture(int line, int column, YamlNode value)
    {
        if (_yaml.Mapping(value, "capture", "{as: NAME, regex: PATTERN, timeout: 30s}") is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, "capture", ["as", "regex", "timeout", "on_fail"]);
        var name = Child(map, "as") is { } a ? _yaml.String(a, "capture.as") : null;
        if (Child(map, "as") is null)
        {
            _yaml.Error(map, "capture needs 'as'; expected {as: NAME, regex: PATTERN}");
        }
        else if (name is not null && !TemplateParser.IsIdentifier(name))
        {
            _yaml.Error(Child(map, "as")!, $"capture name '{name}' is not a name; expected letters, digits and _ (used as {{{{memory.NAME}}}})");
            name = null;
        }

        var regex = Child(map, "regex") is { } r ? RegexOf(r, "capture.regex") : null;
        if (Child(map, "regex") is null)
        {
            _yaml.Error(map, "capture needs 'regex'; expected {as: NAME, regex: PATTERN} (group 'value' or group 1 is stored)");
        }

        var timeout = Child(map, "timeout") is { } to ? _yaml.Duration(to, "capture.timeout") : _expectTimeout;
        var endOnFailure = Child(map, "on_fail") is { } of ? OnFail(of) : _endOnFailure;
        if (name is null || regex is null || timeout is null || endOnFailure is null)
        {
            return null;
        }

        _captured.Add(name);
        return new CaptureStep(line, column, name, regex, timeout.Value, endOnFailure.Value);
    }

    private SendFileStep? ParseSendFile(int line, int column, YamlNode value)
    {
        if (_yaml.Mapping(value, "send_file", "{path: files/NAME, type: image|attachment} or {generate: 26MB, name: NAME}") is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, "send_file", ["path", "generate", "name", "content_type", "type", "expect_error"]);
        var pathNode = Child(map, "path");
        var generateNode = Child(map, "generate");
        if ((pathNode is null) == (generateNode is null))
        {
            _yaml.Error(map, "send_file needs exactly one of 'path' and 'generate'; expected {path: files/NAME} or {generate: SIZE}");
            return null;
        }

        string? fullPath = null;
        long bytes = 0;
        string? fileName = Child(map, "name") is { } nm ? _yaml.String(nm, "send_file.name") : null;
        if (pathNode is not null)
        {
            if (_yaml.String(pathNode, "send_file.path") is not { } relative)
            {
                return null;
            }

            fullPath = Path.GetFullPath(Path.Combine(_baseDirectory, relative));
            if (!File.Exists(fullPath))
            {
                _yaml.Error(pathNode, $"file '{relative}' not found at {fullPath}; expected a file relative to the script's folder, e.g. files/picture.png");
                return null;
            }

            if (Files.FileKind.DescribeIfNotRegular(fullPath) is { } kind)
            {
                _yaml.Error(pathNode, $"file '{relative}' at {fullPath} is {kind}; expected a regular file (reading it could block forever)");
                return null;
            }

            if (Files.FileReadability.Check(fullPath) is { } unreadable)
            {
                _yaml.Error(pathNode, $"file '{relative}' at {fullPath} cannot be read ({unreadable}); expected a readable file");
                return null;
            }

            fileName ??= Path.GetFileName(fullPath);
            bytes = new FileInfo(fullPath).Length;
        }
        else
        {
            if (Size(generateNode!, "send_file.generate") is not { } generated)
            {
                return null;
            }

            bytes = generated;
            fileName ??= $"generated-{generated.ToString(CultureInfo.InvariantCulture)}.bin";
        }

        var contentType = Child(map, "content_type") is { } ctn ? _yaml.String(ctn, "send_file.content_type")
            : ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");
        var type = "attachment";
        if (Child(map, "type") is { } tn)
        {
            type = (tn as YamlScalarNode)?.Value ?? string.Empty;
            if (type is not ("image" or "attachment"))
            {
                _yaml.Error(tn, $"send_file type '{type}' is unknown; expected image or attachment");
                return null;
            }
        }
        else if (contentType?.StartsWith("image/", StringComparison.Ordinal) == true)
        {
            type = "image";
        }

        ApiErrorCode? expectError = null;
        if (Child(map, "expect_error") is { } ee)
        {
            var text = (ee as YamlScalarNode)?.Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Enum.IsDefined(typeof(ApiErrorCode), code))
            {
                expectError = (ApiErrorCode)code;
            }
            else if (Enum.GetValues<ApiErrorCode>().FirstOrDefault(c => c.GetName() == text) is var byName && byName != default && text is not null)
            {
                expectError = byName;
            }
            else
            {
                _yaml.Error(ee, $"expect_error '{text}' is not an API error; expected a code such as 5501 or a name such as upload_size_limit_exceeded");
                return null;
            }
        }

        return contentType is null ? null : new SendFileStep(line, column, new FileSource(fullPath, bytes, fileName!, contentType), type, expectError);
    }

    private LocationStep? ParseLocation(int line, int column, YamlNode value)
    {
        if (_yaml.Mapping(value, "location", "{latitude: 50.08, longitude: 14.42, url: URL}") is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, "location", ["latitude", "longitude", "url"]);
        var lat = Child(map, "latitude") is { } la ? _yaml.Number(la, "location.latitude", -90, 90) : null;
        var lon = Child(map, "longitude") is { } lo ? _yaml.Number(lo, "location.longitude", -180, 180) : null;
        if (Child(map, "latitude") is null || Child(map, "longitude") is null)
        {
            _yaml.Error(map, "location needs latitude and longitude; expected {latitude: 50.08, longitude: 14.42}");
        }

        var url = Child(map, "url") is { } u ? TemplateOf(u, "location.url") : null;
        return lat is null || lon is null ? null : new LocationStep(line, column, lat.Value, lon.Value, url);
    }

    private NavigateStep? ParseNavigate(int line, int column, YamlNode value)
    {
        if (value is YamlScalarNode)
        {
            return TemplateOf(value, "navigate") is { } page ? new NavigateStep(line, column, page, null) : null;
        }

        if (_yaml.Mapping(value, "navigate", "a page URL or {page: URL, title: TEXT}") is not { } map)
        {
            return null;
        }

        _yaml.CheckKeys(map, "navigate", ["page", "title"]);
        if (Child(map, "page") is not { } pageNode)
        {
            _yaml.Error(map, "navigate needs 'page'; expected {page: URL, title: TEXT}");
            return null;
        }

        var p = TemplateOf(pageNode, "navigate.page");
        var title = Child(map, "title") is { } t ? TemplateOf(t, "navigate.title") : null;
        return p is null ? null : new NavigateStep(line, column, p, title);
    }

    private DisconnectStep? ParseDisconnect(int line, int column, YamlNode? value)
    {
        var timeout = TimeSpan.FromSeconds(60);
        var survey = true;
        var endOnFailure = _endOnFailure;
        string? surveyForm = null;
        if (value is not null)
        {
            if (_yaml.Mapping(value, "disconnect", "{survey: true, form: survey, timeout: 60s, on_fail: end|continue}") is not { } map)
            {
                return null;
            }

            _yaml.CheckKeys(map, "disconnect", ["survey", "form", "timeout", "on_fail"]);
            if (Child(map, "form") is { } formNode)
            {
                if (_yaml.String(formNode, "disconnect.form") is not { } formName)
                {
                    return null;
                }

                surveyForm = formName;
            }

            if (Child(map, "survey") is { } s)
            {
                if (_yaml.Bool(s, "disconnect.survey") is not { } b)
                {
                    return null;
                }

                survey = b;
            }

            if (Child(map, "timeout") is { } t)
            {
                if (_yaml.Duration(t, "disconnect.timeout") is not { } d)
                {
                    return null;
                }

                timeout = d;
            }

            if (Child(map, "on_fail") is { } of)
            {
                if (OnFail(of) is not { } e)
                {
                    return null;
                }

                endOnFailure = e;
            }
        }

        return new DisconnectStep(line, column, timeout, survey, endOnFailure, surveyForm);
    }
}

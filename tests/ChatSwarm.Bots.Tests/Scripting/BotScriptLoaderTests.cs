using ChatSwarm.Bots.Scripting;
using ChatSwarm.Bots.Tests.TestSupport;
using ChatSwarm.Testing;

namespace ChatSwarm.Bots.Tests.Scripting;

public sealed class BotScriptLoaderTests : IDisposable
{
    private readonly Scripts _scripts = new();

    public void Dispose() => _scripts.Dispose();

    [Fact]
    public void Parse_FullScript_BuildsStepsAndHandlers()
    {
        var script = _scripts.Parse("""
            name: full
            think: {uniform: [1s, 2s]}
            customer:
              country: "+420"
              phone: "777 666 555"
              parameters:
                first_name: "{{customer.first_name}}"
            conversation:
              - say: Hello
              - say: ["a", "b"]
              - say: {utterances: greetings}
              - wait: 2s
              - wait
              - expect: order
              - expect: {matches: "order (\\d+)", timeout: 5s, on_fail: continue}
              - capture: {as: order, regex: "(\\d+)"}
              - say: "number {{memory.order}}"
              - send_file: {path: files/pic.png}
              - send_file: {generate: 26MB, expect_error: 5501}
              - location: {latitude: 50.08, longitude: 14.42}
              - navigate: {page: "https://shop.example/cart", title: Cart}
              - typing: 1s
              - disconnect: {timeout: 10s}
              - end
            on_form:
              contact: {fields: {email: "{{customer.email}}"}}
              default: {fields: {}}
            on_secure_form:
              default: {action: cancel}
            on_message:
              - {matches: "(?i)hours", reply: "9 to 5?"}
              - {default: ok}
            receipts: {read: false}
            on_timeout_warning: ignore
            on_file: {min_bytes: 10, max_bytes: 1MB}
            on_case_set: {history: true, close: true}
            calls: end
            cobrowsing: reject
            hooks:
              chatSessionStarted:
                - say: "hi {{agent.name}}"
              chatWindowClosed: []
            """);

        Assert.Equal("full", script.Name);
        Assert.Equal(16, script.StepCount);
    }

    [Fact]
    public void Parse_UnknownStep_ReportsLineColumnAndExpectedSteps()
    {
        var errors = _scripts.Errors("""
            conversation:
              - say: hi
              - sya: hello
            """);

        var error = Assert.Single(errors);
        Assert.Equal("t.yaml:3:5: unknown step 'sya'; expected one of say, wait, expect, capture, send_file, location, navigate, typing, disconnect, end", error);
    }

    [Fact]
    public void Parse_BadRegex_ReportsPositionOfPattern()
    {
        var errors = _scripts.Errors("""
            conversation:
              - expect: {matches: "order ("}
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("t.yaml:2:23: bad regex 'order (' in expect.matches", error);
        Assert.EndsWith("expected a .NET regular expression", error);
    }

    [Fact]
    public void Parse_MissingFile_NamesRelativePathAndFolder()
    {
        var errors = _scripts.Errors("""
            conversation:
              - send_file: {path: files/nope.pdf}
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("t.yaml:2:23: file 'files/nope.pdf' not found at ", error);
        Assert.Contains("expected a file relative to the script's folder", error);
    }

    [Fact]
    public void CheckInputs_CustomerColumnWithoutFeed_PointsAtPlaceholderColumn()
    {
        // Fields beyond the generated ones are data-feed columns, so the check runs once the feed (or its absence) is known.
        var script = BotScriptLoader.Parse("conversation:\n  - say: \"Hi {{customer.nickname}}\"\n", "t.yaml", ".");

        var error = Assert.Single(script.CheckInputs(new Dictionary<string, string>(), feed: null));

        Assert.StartsWith("t.yaml:2:14: {{customer.nickname}} is not a generated field and there is no customer data feed; expected one of company, email, first_name", error);
    }

    [Fact]
    public void Parse_MemoryNeverCaptured_ReportsUnknownVariable()
    {
        var errors = _scripts.Errors("""
            conversation:
              - say: "Order {{memory.order_id}}"
            """);

        var error = Assert.Single(errors);
        Assert.Equal("t.yaml:2:17: unknown template variable 'memory.order_id'; expected a name set by a capture step (captured: none)", error);
    }

    [Fact]
    public void Parse_WrongTypes_ReportsEveryErrorNotJustTheFirst()
    {
        var errors = _scripts.Errors("""
            conversation:
              - wait: soon
              - location: {latitude: north, longitude: 14}
              - send_file: {generate: lots}
            on_file: {download: maybe}
            calls: accept
            extra: 1
            """);

        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("t.yaml:2:11: 'wait': 'soon' is not a number with a unit", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("t.yaml:3:26: 'location.latitude' must be a number from -90 to 90, got 'north'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("t.yaml:4:27: 'send_file.generate' must be a size", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("t.yaml:5:21: 'on_file.download' must be true or false, got 'maybe'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("t.yaml:6:8: calls 'accept' is unknown", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("t.yaml:7:1: unknown key 'extra' in the script; expected one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownKeyInStep_ReportsAllowedKeys()
    {
        var errors = _scripts.Errors("""
            conversation:
              - expect: {contains: hi, within: 3s}
            """);

        Assert.Equal("t.yaml:2:28: unknown key 'within' in expect; expected one of matches, contains, event, timeout, on_fail", Assert.Single(errors));
    }

    [Fact]
    public void Parse_MissingConversation_ReportsWhatIsExpected()
    {
        var error = Assert.Single(_scripts.Errors("name: x"));

        Assert.StartsWith("t.yaml:1:1: missing 'conversation'; expected a list of steps", error);
    }

    [Fact]
    public void Parse_InvalidYaml_ReportsSyntaxPosition()
    {
        var error = Assert.Single(_scripts.Errors("conversation:\n  - say: [unclosed\n"));

        Assert.Matches(@"^t\.yaml:\d+:\d+: .*; expected valid YAML$", error);
    }

    [Fact]
    public void Parse_MissingUtteranceList_NamesExpectedFile()
    {
        var error = Assert.Single(_scripts.Errors("conversation:\n  - say: {utterances: farewells}\n"));

        Assert.StartsWith("t.yaml:2:23: utterance list 'farewells' not found at ", error);
        Assert.EndsWith("e.g. utterances/farewells.txt", error);
    }

    [Fact]
    public void Parse_BadTemplateInUtteranceFile_ReportsFileLineAndColumn()
    {
        File.WriteAllLines(Path.Combine(_scripts.Folder, "utterances", "bad.txt"), ["Hello", "  Hi {{memory.x y}}"]);

        var error = Assert.Single(_scripts.Errors("conversation:\n  - say: {utterances: bad}\n"));

        Assert.Contains("bad.txt:2:6: unknown template variable 'memory.x y'; expected", error);
    }

    [Fact]
    public void Parse_StepsInChatEndedHook_AreRejected()
    {
        var error = Assert.Single(_scripts.Errors("""
            conversation: [end]
            hooks:
              chatSessionEnded:
                - say: bye
            """));

        Assert.StartsWith("t.yaml:4:5: chatSessionEnded runs after the chat is gone", error);
    }

    [Fact]
    public void Parse_BadCountryCode_ReportsExpectedForm()
    {
        var error = Assert.Single(_scripts.Errors("customer: {country: \"+12345\"}\nconversation: [end]\n"));

        Assert.Equal("t.yaml:1:21: '+12345' is not a country calling code; expected + and 1-3 digits, e.g. +420 or +1", error);
    }

    [Fact]
    public void Load_MissingScriptFile_ThrowsOneLineError()
    {
        var ex = Assert.Throws<BotScriptException>(() => BotScriptLoader.Load(Path.Combine(_scripts.Folder, "none.yaml")));

        Assert.Contains("none.yaml: cannot read the script", ex.Message);
        Assert.EndsWith("expected a readable YAML file", ex.Message);
    }

    [Theory]
    [InlineData("conversation:\n  - expect: {contains: a, timeout: 5x}\n", "t.yaml:2:36: 'expect.timeout': '5x' has unknown unit 'x'; expected a duration")]
    [InlineData("conversation: [end]\non_message:\n  - {matches: a}\n", "t.yaml:3:5: on_message rule has no 'reply'; expected {matches: PATTERN, reply: TEXT}")]
    [InlineData("conversation: [end]\non_secure_form:\n  pay: {action: shred}\n", "t.yaml:3:17: on_secure_form.pay.action 'shred' is unknown; expected fill or cancel")]
    [InlineData("conversation:\n  - send_file: {path: files/pic.png, type: video}\n", "t.yaml:2:44: send_file type 'video' is unknown; expected image or attachment")]
    [InlineData("conversation:\n  - send_file: {generate: 1KB, expect_error: 1234}\n", "t.yaml:2:46: expect_error '1234' is not an API error")]
    [InlineData("conversation:\n  - expect: {event: party}\n", "t.yaml:2:21: unknown expect event 'party'; expected one of message, file")]
    [InlineData("conversation:\n  - capture: {regex: x}\n", "t.yaml:2:14: capture needs 'as'; expected {as: NAME, regex: PATTERN}")]
    [InlineData("conversation:\n  - end: now\n", "t.yaml:2:10: end takes no value; expected '- end'")]
    [InlineData("conversation: [end]\nhooks:\n  onOpen: []\n", "t.yaml:3:3: unknown hook 'onOpen'; expected chatWindowOpen")]
    [InlineData("conversation: [end]\nconversation: [end]\n", "t.yaml:2:1: ")]
    public void Parse_InvalidValue_ReportsOneLineWithPositionAndExpectation(string yaml, string expectedStart)
    {
        var error = Assert.Single(_scripts.Errors(yaml));

        Assert.StartsWith(expectedStart, error);
        Assert.Contains("expected", error);
        Assert.DoesNotContain('\n', error);
    }

    [Fact]
    public void Parse_ExpectErrorByName_IsAccepted()
    {
        var script = _scripts.Parse("conversation:\n  - send_file: {generate: 1KB, expect_error: upload_size_limit_exceeded}\n");

        Assert.Equal(1, script.StepCount);
    }
}

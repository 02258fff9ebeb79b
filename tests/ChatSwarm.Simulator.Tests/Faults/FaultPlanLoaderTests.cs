using ChatSwarm.Client;
using ChatSwarm.Simulator.Faults;

namespace ChatSwarm.Simulator.Tests.Faults;

public sealed class FaultPlanLoaderTests
{
    [Fact]
    public void Parse_FullPlan_ReadsSeedRulesAndOutages()
    {
        const string yaml = """
            seed: 7
            rules:
              - method: get_new_chat_events
                fault: 5001
                probability: 0.05
              - method: "*"
                fault: latency
                probability: 0.5
                latency: 250ms
              - method: RequestChat
                fault: drop
            outages:
              - start: 30s
                duration: 10s
            """;

        var plan = FaultPlanLoader.Parse(yaml);

        Assert.Equal(7, plan.Seed);
        Assert.Equal(
            [new FaultRule(ApiMethod.GetNewChatEvents, FaultKind.Error5001, 0.05), new FaultRule(null, FaultKind.Latency, 0.5, TimeSpan.FromMilliseconds(250)), new FaultRule(ApiMethod.RequestChat, FaultKind.Drop, 1.0)],
            plan.Rules);
        Assert.Equal([new OutageWindow(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10))], plan.Outages);
        Assert.Empty(plan.FindProblems());
    }

    [Theory]
    [InlineData("get_agent_profile_photo", ApiMethod.GetAgentProfilePhoto)]
    [InlineData("get_profile_photo", ApiMethod.GetAgentProfilePhoto)]
    [InlineData("get_chat_widget_configuration", ApiMethod.GetChatWidgetConfiguration)]
    [InlineData("get_widget_configuration", ApiMethod.GetChatWidgetConfiguration)]
    [InlineData("get-new-chat-events", ApiMethod.GetNewChatEvents)]
    public void Parse_MethodName_MatchesTheReportsStepNameOrAnOlderShortName(string name, ApiMethod expected)
    {
        var plan = FaultPlanLoader.Parse($"rules:\n  - {{method: {name}, fault: 503}}\n");

        Assert.Equal(expected, Assert.Single(plan.Rules).Method);
    }

    [Fact]
    public void Parse_EmptyDocument_ReturnsNoFaults()
    {
        var plan = FaultPlanLoader.Parse("");

        Assert.Empty(plan.Rules);
        Assert.Empty(plan.Outages);
    }

    [Theory]
    [InlineData("rules:\n  - method: fly\n    fault: 5001\n", "f.yaml:2:13: unknown method 'fly'")]
    [InlineData("rules:\n  - method: get_version\n    fault: 5002\n", "f.yaml:3:12: unknown fault '5002'")]
    [InlineData("rules:\n  - method: get_version\n    fault: 503\n    probability: 1.5\n", "f.yaml:4:18: 'probability' must be a number from 0 to 1, got 1.5")]
    [InlineData("rules:\n  - method: get_version\n    fault: latency\n", "f.yaml:2:5: a latency fault needs 'latency'")]
    [InlineData("rules:\n  - method: get_version\n    fault: latency\n    latency: soon\n", "f.yaml:4:14: 'latency': 'soon' is not a number with a unit; expected a duration")]
    [InlineData("rules:\n  - fault: 429\n", "f.yaml:2:5: rule is missing 'method'")]
    [InlineData("outages:\n  - start: 5s\n", "f.yaml:2:5: outage needs a positive 'duration'")]
    [InlineData("seeds: 4\n", "f.yaml:1:1: unknown key 'seeds' in the fault plan; expected one of seed, rules, outages")]
    [InlineData("seed: four\n", "f.yaml:1:7: 'seed' must be a whole number, got 'four'")]
    [InlineData("rules: 5\n", "f.yaml:1:8: 'rules' must be a list")]
    [InlineData("rules: [\n", "f.yaml:")]
    [InlineData("[rules]: 1\n", "f.yaml:1:1: keys in the fault plan must be plain names")]
    [InlineData("outages:\n  - {start: 100000000h, duration: 100000000h}\n", "f.yaml:2:5: outage ends more than 366 days after the start")]
    public void Parse_BadInput_ThrowsOneLineErrorWithLineAndColumn(string yaml, string expectedStart)
    {
        var ex = Assert.Throws<FaultPlanException>(() => FaultPlanLoader.Parse(yaml, "f.yaml"));

        Assert.StartsWith(expectedStart, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneNotJustTheFirst()
    {
        const string yaml = """
            seeds: 4
            rules:
              - method: fly
                fault: 5002
              - method: get_version
                fault: 503
                probability: 1.5
            outages:
              - start: soon
                duration: 10s
            """;

        var ex = Assert.Throws<FaultPlanException>(() => FaultPlanLoader.Parse(yaml, "f.yaml"));

        Assert.Equal(
            [
                "f.yaml:1:1: unknown key 'seeds' in the fault plan; expected one of seed, rules, outages",
                "f.yaml:3:13: unknown method 'fly', expected \"*\" or one of check_availability, expected_parameters, request_chat, notification_subscription, get_active_chat, send_events, get_chat_history, get_new_chat_events, upload_file, get_file, get_agent_profile_photo, get_ice_servers, get_chat_widget_configuration, get_case_history, close_case, get_version",
                "f.yaml:4:12: unknown fault '5002', expected 5000, 5001, 5004, 5500, 503, 429, drop or latency",
                "f.yaml:7:18: 'probability' must be a number from 0 to 1, got 1.5",
                "f.yaml:9:12: 'start': 'soon' is not a number with a unit; expected a duration such as 500ms, 1.5s, 2m or 1h",
            ],
            ex.Errors);
        Assert.Equal(string.Join(Environment.NewLine, ex.Errors), ex.Message);
    }

    [Fact]
    public void Load_MissingFile_ThrowsErrorNamingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-faults-" + Guid.NewGuid() + ".yaml");

        var ex = Assert.Throws<FaultPlanException>(() => FaultPlanLoader.Load(path));

        Assert.StartsWith(path + ": cannot read fault plan", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_File_ParsesItsContent()
    {
        var path = Path.Combine(Path.GetTempPath(), "faults-" + Guid.NewGuid() + ".yaml");
        File.WriteAllText(path, "rules:\n  - method: upload_file\n    fault: 5500\n    probability: 0.25\n");
        try
        {
            var plan = FaultPlanLoader.Load(path);

            Assert.Equal([new FaultRule(ApiMethod.UploadFile, FaultKind.Error5500, 0.25)], plan.Rules);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

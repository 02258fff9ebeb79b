using ChatSwarm.Testing.JUnit;
using System.Xml.Linq;
using ChatSwarm.Bots.Running;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Cli.Commands;
using ChatSwarm.Reports.JUnit;

namespace ChatSwarm.Cli.Tests.Commands;

public sealed class BotJUnitTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_TwoExpectationsOneFailed_OneCaseEachPlusConversationAndValid()
    {
        var run = Run(
            completed: true,
            new TranscriptEntry(Start.AddSeconds(1), "agent", "message", "Hello"),
            new TranscriptEntry(Start.AddSeconds(2), "system", "expect", "got agent_joined"),
            new TranscriptEntry(Start.AddSeconds(5.5), "system", "expect_failed", "expected message (line 9) within 1m, none came"));

        var xml = JUnitXml.Render("bot", BotJUnit.Build("greeting", run));

        Assert.Empty(JUnitSchema.Validate(xml));
        var cases = XDocument.Parse(xml).Descendants("testcase").ToList();
        Assert.Equal(["got agent_joined", "expected message (line 9) within 1m, none came", "conversation completed"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.Null(cases[0].Element("failure"));
        Assert.Equal("2", cases[0].Attribute("time")!.Value);
        Assert.Equal("3.5", cases[1].Attribute("time")!.Value);
        Assert.NotNull(cases[1].Element("failure"));
        Assert.Null(cases[2].Element("failure"));
        Assert.All(cases, c => Assert.Equal("chatswarm.bot.greeting", c.Attribute("classname")!.Value));
    }

    [Fact]
    public void Build_NotCompleted_ConversationCaseFails()
    {
        var xml = JUnitXml.Render("bot", BotJUnit.Build("greeting", Run(completed: false)));

        Assert.Empty(JUnitSchema.Validate(xml));
        var failure = XDocument.Parse(xml).Descendants("failure").Single();
        Assert.Equal("not completed: timed out", failure.Attribute("message")!.Value);
    }

    [Fact]
    public void Build_CancelledBeforeChat_ConversationCaseFails()
    {
        var run = new BotConsoleResult(1, null, [], Start, "c1");

        var xml = JUnitXml.Render("bot", BotJUnit.Build("greeting", run));

        Assert.Empty(JUnitSchema.Validate(xml));
        Assert.Equal("the conversation was stopped before its chat started", XDocument.Parse(xml).Descendants("failure").Single().Attribute("message")!.Value);
    }

    private static BotConsoleResult Run(bool completed, params TranscriptEntry[] entries)
    {
        var result = new ConversationRunResult
        {
            ScriptName = "greeting",
            ChatId = "chat-1",
            Outcome = new BotOutcome(completed, completed ? "script ended" : "timed out", SendEnd: true),
            Counters = new Dictionary<BotCounter, long> { [BotCounter.ExpectationMet] = 1 },
            Errors = completed ? [] : ["timed out"],
            Elapsed = TimeSpan.FromSeconds(6),
        };
        return new BotConsoleResult(completed ? 0 : 1, result, entries, Start, "c1");
    }
}

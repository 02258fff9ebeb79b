using System.Text.RegularExpressions;
using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Scripting.Steps;

namespace ChatSwarm.Bots.Tests.Conversations;

public sealed class StepCursorsTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static StepCursor Waiting(ScriptStep step, int formMark = 0) =>
        new([step], isMain: false) { Index = 1, Blocked = step, FormMark = formMark };

    private static ExpectStep Expect(ExpectTarget target, string? pattern = null) =>
        new(1, 1, target, pattern is null ? null : new Regex(pattern), null, Minute, false, target.ToString());

    [Fact]
    public void FindTaker_MessageMatchesSecondCursorOnly_ReturnsIt()
    {
        var cursors = new StepCursors();
        var hello = Waiting(Expect(ExpectTarget.Message, "^hello"));
        var order = Waiting(Expect(ExpectTarget.Message, "order"));
        cursors.Add(hello);
        cursors.Add(order);

        var taker = cursors.FindTaker(ExpectTarget.Message, "your order shipped");

        Assert.Same(order, taker);
    }

    [Fact]
    public void FindTaker_CaptureWhosePatternMatches_TakesTheMessage()
    {
        var cursors = new StepCursors();
        var capture = Waiting(new CaptureStep(1, 1, "ticket", new Regex(@"T-(\d+)"), Minute, false));
        cursors.Add(capture);

        Assert.Same(capture, cursors.FindTaker(ExpectTarget.Message, "your ticket is T-42"));
        Assert.Null(cursors.FindTaker(ExpectTarget.Message, "no ticket yet"));
    }

    [Fact]
    public void FindTaker_CaptureAndNonMessageEvent_ReturnsNull()
    {
        var cursors = new StepCursors();
        cursors.Add(Waiting(new CaptureStep(1, 1, "ticket", new Regex(".*"), Minute, false)));

        var taker = cursors.FindTaker(ExpectTarget.File, null);

        Assert.Null(taker);
    }

    [Fact]
    public void FindTaker_CursorNotWaiting_IsSkipped()
    {
        var cursors = new StepCursors();
        var running = new StepCursor([Expect(ExpectTarget.Form)], isMain: true);
        cursors.Add(running);

        var taker = cursors.FindTaker(ExpectTarget.Form, null);

        Assert.Null(taker);
    }

    [Fact]
    public void FindSurveyWaiter_FormShownBeforeTheDisconnect_IsNotTheSurvey()
    {
        var cursors = new StepCursors();
        var disconnect = Waiting(new DisconnectStep(1, 1, Minute, ExpectSurvey: true, EndOnFailure: false), formMark: 2);
        cursors.Add(disconnect);

        Assert.Null(cursors.FindSurveyWaiter(2, "survey"));
        Assert.Same(disconnect, cursors.FindSurveyWaiter(3, "survey"));
    }

    [Fact]
    public void FindSurveyWaiter_NamedSurveyForm_OnlyThatFormCounts()
    {
        var cursors = new StepCursors();
        var disconnect = Waiting(new DisconnectStep(1, 1, Minute, ExpectSurvey: true, EndOnFailure: false, SurveyForm: "csat"));
        cursors.Add(disconnect);

        Assert.Null(cursors.FindSurveyWaiter(1, "contact"));
        Assert.Same(disconnect, cursors.FindSurveyWaiter(2, "csat"));
    }
}

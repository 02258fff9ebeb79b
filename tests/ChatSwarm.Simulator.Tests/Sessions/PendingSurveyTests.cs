using ChatSwarm.Simulator.Scheduling;
using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class PendingSurveyTests
{
    [Fact]
    public void IsAnsweredBy_BeforeShown_IsFalseEvenForNoId()
    {
        var survey = new PendingSurvey();

        Assert.False(survey.IsShown);
        Assert.False(survey.IsAnsweredBy(null));
    }

    [Fact]
    public void IsAnsweredBy_Shown_OnlyItsRequestIdAnswers()
    {
        var survey = new PendingSurvey();

        survey.Show("chat:form3", new ScheduledWork(_ => { }, null));

        Assert.True(survey.IsShown);
        Assert.True(survey.IsAnsweredBy("chat:form3"));
        Assert.False(survey.IsAnsweredBy("chat:form1"));
    }

    [Fact]
    public void CancelTimeout_Shown_CancelsTheTimeout()
    {
        var survey = new PendingSurvey();
        var timeout = new ScheduledWork(_ => { }, null);
        survey.Show("chat:form1", timeout);

        survey.CancelTimeout();

        Assert.False(timeout.Cancel());
    }
}

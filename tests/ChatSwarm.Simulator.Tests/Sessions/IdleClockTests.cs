using ChatSwarm.Simulator.Scheduling;
using ChatSwarm.Simulator.Sessions;

namespace ChatSwarm.Simulator.Tests.Sessions;

public sealed class IdleClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan WarnAfter = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan TimeoutAfter = TimeSpan.FromMinutes(5);

    private static IdleClock TouchedAtStart()
    {
        var clock = new IdleClock();
        clock.Touch(Start);
        return clock;
    }

    [Fact]
    public void Check_BeforeTheWarning_WaitsUntilItIsDue()
    {
        var clock = TouchedAtStart();

        var decision = clock.Check(Start.AddSeconds(30), WarnAfter, TimeoutAfter);

        Assert.Equal(new IdleDecision(IdleAction.Wait, TimeSpan.FromSeconds(90)), decision);
    }

    [Fact]
    public void Check_IdleForTheWarning_WarnsOnceThenWaitsForTheTimeout()
    {
        var clock = TouchedAtStart();

        var first = clock.Check(Start + WarnAfter, WarnAfter, TimeoutAfter);
        var second = clock.Check(Start.AddMinutes(4), WarnAfter, TimeoutAfter);

        Assert.Equal(new IdleDecision(IdleAction.Warn, TimeSpan.FromMinutes(3)), first);
        Assert.Equal(new IdleDecision(IdleAction.Wait, TimeSpan.FromMinutes(1)), second);
    }

    [Fact]
    public void Check_WarnedAndIdleForTheTimeout_TimesOut()
    {
        var clock = TouchedAtStart();
        clock.Check(Start + WarnAfter, WarnAfter, TimeoutAfter);

        var decision = clock.Check(Start + TimeoutAfter, WarnAfter, TimeoutAfter);

        Assert.Equal(IdleAction.TimeOut, decision.Action);
    }

    [Fact]
    public void Touch_AfterTheWarning_StartsOverWithANewWarning()
    {
        var clock = TouchedAtStart();
        clock.Check(Start + WarnAfter, WarnAfter, TimeoutAfter);

        clock.Touch(Start.AddMinutes(3));
        var decision = clock.Check(Start.AddMinutes(6), WarnAfter, TimeoutAfter);

        Assert.Equal(new IdleDecision(IdleAction.Warn, TimeSpan.FromMinutes(2)), decision);
    }

    [Fact]
    public void Disarm_ArmedCheck_CancelsIt()
    {
        var clock = new IdleClock();
        var check = new ScheduledWork(_ => { }, null);
        clock.Arm(check);

        clock.Disarm();

        Assert.False(clock.IsArmed);
        Assert.False(check.Cancel());
    }
}

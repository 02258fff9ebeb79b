using ChatSwarm.Cli.Run;
using ChatSwarm.Reports.Model;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cli.Tests.Run;

public sealed class NeverAPassWithoutChatsTests
{
    [Fact]
    public void NeverAPassWithoutChats_EveryRequestChatFailed_SetupErrorNamingTheCommonestError()
    {
        var result = Result(ok: 0, fail: 15, new ErrorStats { Step = "request_chat", Code = 9002, Name = "connection_refused", Count = 15 });

        var judged = RunCommandHandler.NeverAPassWithoutChats(result);

        Assert.Equal(SwarmExitCode.SetupError, judged.ExitCode);
        Assert.Equal("no customer got a chat (15 request_chat failure(s), most often 9002 connection_refused)", judged.StopReason);
    }

    [Fact]
    public void NeverAPassWithoutChats_NothingStarted_SetupError()
    {
        var judged = RunCommandHandler.NeverAPassWithoutChats(Result(ok: 0, fail: 0));

        Assert.Equal(SwarmExitCode.SetupError, judged.ExitCode);
        Assert.StartsWith("no customer requested a chat", judged.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public void NeverAPassWithoutChats_SomeChats_OutcomeKept()
    {
        Assert.Equal(SwarmExitCode.Ok, RunCommandHandler.NeverAPassWithoutChats(Result(ok: 1, fail: 14)).ExitCode);
    }

    [Fact]
    public void NeverAPassWithoutChats_StoppedBySignalBeforeAnyChat_OutcomeKept()
    {
        var interrupted = Result(ok: 0, fail: 0) with { Interrupted = true };

        Assert.Equal(SwarmExitCode.Ok, RunCommandHandler.NeverAPassWithoutChats(interrupted).ExitCode);
    }

    private static SwarmRunResult Result(long ok, long fail, params ErrorStats[] errors) => new()
    {
        Report = new RunReport
        {
            Run = new RunInfo { Id = "r" },
            Steps = ok + fail == 0 ? [] : [new StepStats { Name = "request_chat", Ok = ok, Fail = fail }],
            Errors = errors,
        },
        Thresholds = [],
        ExitCode = SwarmExitCode.Ok,
    };
}

using ChatSwarm.Client.Resources;

namespace ChatSwarm.Client.Tests.Resources;

public sealed class OpenFileLimitTests
{
    [Fact]
    public void Parse_ProcSelfLimits_ReadsTheSoftLimit()
    {
        string[] lines =
        [
            "Limit                     Soft Limit           Hard Limit           Units",
            "Max processes             63457                63457                processes",
            "Max open files            20000                1048576              files",
        ];

        Assert.Equal(20_000, OpenFileLimit.Parse(lines));
    }

    [Fact]
    public void Parse_Unlimited_Null()
    {
        Assert.Null(OpenFileLimit.Parse(["Max open files            unlimited            unlimited            files"]));
    }

    [Fact]
    public void Current_OnLinux_IsTheLimitThisProcessHas()
    {
        // RLIMIT_NOFILE is read from /proc on Linux; elsewhere it is unknown by design.
        Assert.Equal(OperatingSystem.IsLinux(), OpenFileLimit.Current() is > 0);
    }
}

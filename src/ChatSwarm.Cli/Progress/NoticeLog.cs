using ChatSwarm.Cli.Logging;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cli.Progress;

/// <summary>Writes a run notice to the log at its level.</summary>
internal static class NoticeLog
{
    public static void Write(Serilog.ILogger log, SwarmNotice notice)
    {
        switch (notice.Level)
        {
            case SwarmNoticeLevel.Error:
                // The run's stop reason is printed once at the end; the console sink skips it here.
                log.ForContext(RunLog.ShownAtEndProperty, true).Error("{Notice:l}", notice.Message);
                break;
            case SwarmNoticeLevel.Warning:
                log.Warning("{Notice:l}", notice.Message);
                break;
            default:
                log.Information("{Notice:l}", notice.Message);
                break;
        }
    }
}

using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cli.Progress;

/// <summary>
/// Progress as plain lines, for output that is not a terminal (CI logs, pipes): one line every few seconds and one
/// line per notice. Warnings and errors reach the console through the logger, so they are not repeated here.
/// </summary>
internal sealed class PlainConsoleObserver : ISwarmObserver
{
    private readonly TextWriter _out;
    private readonly Serilog.ILogger _log;
    private readonly TimeSpan _every;
    private TimeSpan _nextLineAt;

    public PlainConsoleObserver(TextWriter output, Serilog.ILogger log, TimeSpan every)
    {
        _out = output;
        _log = log;
        _every = every;
    }

    public void OnProgress(SwarmProgress progress)
    {
        if (progress.Elapsed < _nextLineAt)
        {
            return;
        }

        _nextLineAt = progress.Elapsed + _every;
        _out.WriteLine(ProgressText.Plain(progress));
        _log.Information("progress {Elapsed} active {Active} rps {Rps} p95 {P95Ms} restarts {Restarts}", progress.Elapsed, progress.Metrics.ActiveSessions, progress.Metrics.RequestsPerSecond, progress.Metrics.RecentP95Ms, progress.Metrics.Sessions.Restarts);
    }

    public void OnNotice(SwarmNotice notice)
    {
        NoticeLog.Write(_log, notice);
        if (notice.Level == SwarmNoticeLevel.Information)
        {
            _out.WriteLine(notice.Message);
        }
    }
}

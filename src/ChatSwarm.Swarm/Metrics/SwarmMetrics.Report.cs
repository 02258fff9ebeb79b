using ChatSwarm.Bots.Runtime;
using ChatSwarm.Reports.Model;
using SwarmThresholdResult = ChatSwarm.Swarm.Thresholds.ThresholdResult;

namespace ChatSwarm.Swarm.Metrics;

public sealed partial class SwarmMetrics
{
    /// <summary>
    /// Builds report.json's model from everything recorded: sessions, steps, errors, polls, chat experience, bots, widget
    /// lifecycle counts, the timeline and the given threshold results. Step rates use <see cref="RunInfo.DurationS"/>, or
    /// the elapsed time when that is not positive.
    /// </summary>
    /// <param name="info">Run identity (see <see cref="RunInfoFactory"/>).</param>
    /// <param name="thresholds">Final threshold results.</param>
    /// <returns>The report.</returns>
    public RunReport BuildReport(RunInfo info, IReadOnlyList<SwarmThresholdResult> thresholds) => Build(info, thresholds, final: false);

    /// <summary>
    /// Builds the report of a run that is over, as <see cref="BuildReport"/> does, with every session that started and was
    /// never accounted as ended (its customer still busy when the run stopped waiting) counted as abandoned, so no
    /// started session goes missing from the report. Call it once the customers can no longer change the counts.
    /// </summary>
    /// <param name="info">Run identity (see <see cref="RunInfoFactory"/>).</param>
    /// <param name="thresholds">Final threshold results.</param>
    /// <returns>The report.</returns>
    public RunReport BuildFinalReport(RunInfo info, IReadOnlyList<SwarmThresholdResult> thresholds) => Build(info, thresholds, final: true);

    private RunReport Build(RunInfo info, IReadOnlyList<SwarmThresholdResult> thresholds, bool final)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(thresholds);
        var snapshot = Snapshot();
        double duration = info.DurationS > 0 ? info.DurationS : snapshot.Elapsed.TotalSeconds;
        var sessions = snapshot.Sessions;
        return new RunReport
        {
            Run = info.DurationS > 0 ? info : info with { DurationS = Math.Round(duration, 3) },
            Sessions = new SessionStats
            {
                Started = sessions.Started,
                Queued = sessions.Queued,
                Connected = sessions.Connected,
                Completed = sessions.Completed,
                Failed = sessions.Failed,
                Restarts = sessions.Restarts,
                BackoffS = Math.Round(sessions.BackoffTotal.TotalSeconds, 3),
                EndedByRun = sessions.EndedByRun,
                Lost = sessions.Lost,
                // While the run goes on, unaccounted sessions are still running, not abandoned.
                Abandoned = final ? Math.Max(0, sessions.Started - sessions.Stopped) : 0,
                PeakConcurrent = snapshot.PeakSessions,
            },
            Steps = [.. snapshot.Steps.Select(s => StepStats.Create(s.Name, s.Ok, s.Fail, s.BytesIn, s.BytesOut, s.Latency, duration))],
            Errors = [.. snapshot.Errors.Select(e => new ErrorStats { Step = e.Step, Code = e.Code, Name = e.Name, Message = e.Message, Count = e.Count })],
            Polls = new PollStats
            {
                Count = snapshot.Polls,
                MeanHoldMs = Math.Round(snapshot.PollHold.MeanMicroseconds / 1000.0, 3),
                ConcurrentPollErrors = snapshot.ConcurrentPollErrors,
            },
            Chat = ChatStats.Create(snapshot.QueueWait, snapshot.FirstAgentMessage, snapshot.ReplyRtt),
            Bots = BuildBots(),
            Lifecycle = BuildLifecycle(),
            Timeline = Timeline(),
            Thresholds = [.. thresholds.Select(t => t.ToReport())],
        };
    }

    private List<BotStats> BuildBots()
    {
        var bots = new List<BotStats>();
        foreach (var (script, c) in _bots.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            long Read(BotCounter counter) => Volatile.Read(ref c[(int)counter]);
            bots.Add(new BotStats
            {
                Script = script,
                Conversations = Read(BotCounter.ConversationStarted),
                Completed = Read(BotCounter.ConversationCompleted),
                FormsAnswered = Read(BotCounter.FormAnswered),
                SecureForms = Read(BotCounter.SecureFormAnswered),
                FilesSent = Read(BotCounter.FileSent),
                FilesReceived = Read(BotCounter.FileReceived),
                ExpectationsMet = Read(BotCounter.ExpectationMet),
                ExpectationsFailed = Read(BotCounter.ExpectationFailed),
            });
        }

        return bots;
    }

    private Dictionary<string, long> BuildLifecycle()
    {
        var lifecycle = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var counter in Enum.GetValues<BotCounter>())
        {
            if (LifecycleName(counter) is not { } name)
            {
                continue;
            }

            long total = 0;
            foreach (var c in _bots.Values)
            {
                total += Volatile.Read(ref c[(int)counter]);
            }

            if (total != 0)
            {
                lifecycle[name] = total;
            }
        }

        return lifecycle;
    }
}

namespace ChatSwarm.Monitoring.Prometheus;

/// <summary>
/// Every metric ChatSwarm exports. Prometheus names follow the OpenTelemetry-to-Prometheus rules for the instrument
/// (dots become underscores, the unit <c>s</c> adds <c>_seconds</c>, counters end in <c>_total</c>), so a collector that
/// turns the OTLP push into Prometheus series gets the same names as <c>/metrics</c>.
/// </summary>
public static class MetricCatalog
{
    /// <summary>Sessions active now.</summary>
    public static readonly MetricInfo SessionsActive = new("chatswarm_sessions_active", MetricKind.Gauge, "chatswarm.sessions.active", "{session}", "", "Sessions active now (started and not yet stopped).");

    /// <summary>The closed-model session target of the current phase.</summary>
    public static readonly MetricInfo SessionsTarget = new("chatswarm_sessions_target", MetricKind.Gauge, "chatswarm.sessions.target", "{session}", "", "Sessions the current phase holds active (closed model); absent in arrival-rate phases.");

    /// <summary>The open-model arrival rate of the current phase.</summary>
    public static readonly MetricInfo ArrivalRate = new("chatswarm_arrival_rate_per_second", MetricKind.Gauge, "chatswarm.arrival.rate", "{session}/s", "", "Sessions the current phase starts per second (open model); absent in closed phases.");

    /// <summary>Sessions by lifecycle state, cumulative.</summary>
    public static readonly MetricInfo Sessions = new("chatswarm_sessions_total", MetricKind.Counter, "chatswarm.sessions", "{session}", "state", "Sessions that reached a state: started, queued, connected, completed, failed, ended_by_run (ended by the run before their script: ramp-down, stop, max duration), lost (the server lost the chat, 5005).");

    /// <summary>Customer restarts.</summary>
    public static readonly MetricInfo Restarts = new("chatswarm_session_restarts_total", MetricKind.Counter, "chatswarm.session.restarts", "{restart}", "", "Customer restarts after transient failures.");

    /// <summary>API calls per step.</summary>
    public static readonly MetricInfo Requests = new("chatswarm_requests_total", MetricKind.Counter, "chatswarm.requests", "{request}", "step", "API calls completed, ok or failed, per step.");

    /// <summary>Failed API calls per step and code.</summary>
    public static readonly MetricInfo RequestErrors = new("chatswarm_request_errors_total", MetricKind.Counter, "chatswarm.request.errors", "{request}", "step,code", "Failed API calls per step and error code (API error_code, HTTP status or transport code).");

    /// <summary>API call latency per step.</summary>
    public static readonly MetricInfo RequestDuration = new("chatswarm_request_duration_seconds", MetricKind.Histogram, "chatswarm.request.duration", "s", "step", "API call latency per step, ok or failed.");

    /// <summary>Long-poll holds.</summary>
    public static readonly MetricInfo PollHold = new("chatswarm_poll_hold_seconds", MetricKind.Histogram, "chatswarm.poll.hold", "s", "", "How long the server held each answered long poll open.");

    /// <summary>Queue wait.</summary>
    public static readonly MetricInfo QueueWait = new("chatswarm_chat_queue_wait_seconds", MetricKind.Histogram, "chatswarm.chat.queue_wait", "s", "", "Chat experience: queued until an agent joined.");

    /// <summary>First agent message.</summary>
    public static readonly MetricInfo FirstAgentMessage = new("chatswarm_chat_first_agent_message_seconds", MetricKind.Histogram, "chatswarm.chat.first_agent_message", "s", "", "Chat experience: Request Chat until the first agent message.");

    /// <summary>Reply round trip.</summary>
    public static readonly MetricInfo ReplyRtt = new("chatswarm_chat_reply_rtt_seconds", MetricKind.Histogram, "chatswarm.chat.reply_rtt", "s", "", "Chat experience: a customer message until the next agent message.");

    /// <summary>Concurrent-poll errors.</summary>
    public static readonly MetricInfo ConcurrentPollErrors = new("chatswarm_concurrent_poll_errors_total", MetricKind.Counter, "chatswarm.concurrent_poll.errors", "{request}", "", "Calls rejected with 5509 (a second poll for one session); must stay 0.");

    /// <summary>Bot results per script.</summary>
    public static readonly MetricInfo BotEvents = new("chatswarm_bot_events_total", MetricKind.Counter, "chatswarm.bot.events", "{event}", "script,result", "Bot script results per script: conversation_started, conversation_completed, form_answered, expectation_failed, ...");

    /// <summary>Threshold status.</summary>
    public static readonly MetricInfo ThresholdHeld = new("chatswarm_threshold_held", MetricKind.Gauge, "chatswarm.threshold.held", "{status}", "threshold", "1 while the profile's threshold holds on the metrics so far, 0 once it fails.");

    /// <summary>Elapsed run time.</summary>
    public static readonly MetricInfo Elapsed = new("chatswarm_run_elapsed_seconds", MetricKind.Gauge, "chatswarm.run.elapsed", "s", "", "Time since the run started.");

    /// <summary>Current phase.</summary>
    public static readonly MetricInfo Phase = new("chatswarm_run_phase", MetricKind.Gauge, "chatswarm.run.phase", "{phase}", "", "The current phase, from 1; 0 once the run is stopping.");

    /// <summary>Every metric in export order.</summary>
    public static IReadOnlyList<MetricInfo> All { get; } =
    [
        SessionsActive, SessionsTarget, ArrivalRate, Sessions, Restarts, Requests, RequestErrors, RequestDuration, PollHold,
        QueueWait, FirstAgentMessage, ReplyRtt, ConcurrentPollErrors, BotEvents, ThresholdHeld, Elapsed, Phase,
    ];

    /// <summary>Upper bounds in seconds of the exported histogram buckets (then +Inf).</summary>
    public static IReadOnlyList<double> BucketBounds { get; } =
        [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300, 600, 1800, 3600];
}

using System.Globalization;
using Akka.Actor;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Supervision;
using ChatSwarm.Swarm.Transcripts;

namespace ChatSwarm.Swarm.Running;

/// <summary>One run of <see cref="SwarmRunner"/>: the actor system, the control loop's state and the result.</summary>
internal sealed partial class SwarmRun : IAsyncDisposable
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    // Distinguishes the arrival draws from the other uses of the seed; per worker, so split runs draw independently.
    private const int ArrivalPurpose = 0xA441;

    private readonly SwarmRunOptions _options;
    private readonly ISwarmObserver? _observer;
    private readonly LoadProfile _profile;
    private readonly LoadPlan _plan;
    private readonly TimeProvider _clock;
    private readonly SwarmMetrics _metrics;
    private readonly SwarmCounters _counters = new();
    private readonly ArrivalScheduler _arrivals;
    private readonly WorkerShare _share;
    private readonly ActorSystem _system;
    private readonly IActorRef _root;
    private readonly HashSet<(string Step, int Code)> _errorsSeen = [];
    private readonly HashSet<string> _thresholdsFailedLive = [];

    private long _startTimestamp;
    private DateTimeOffset _startedAt;
    private int _phaseIndex = -1;
    private TimeSpan _lastSteerAt;
    private TimeSpan _nextTickAt = TickInterval;
    private TimeSpan _lastTickAt;
    private TimeSpan _nextThresholdCheckAt;
    private bool _capReported;
    private string? _stopReason;
    private bool _setupFailure;
    private bool _thresholdAbort;
    private bool _interrupted;
    private long _abandoned;

    public SwarmRun(SwarmRunOptions options, ISwarmObserver? observer)
    {
        _options = options;
        _observer = observer;
        _profile = options.Profile;
        _plan = LoadPlan.Create(_profile);
        _clock = options.TimeProvider;
        _metrics = options.Metrics;
        Seed = options.Seed;
        var startedAt = _clock.GetUtcNow();
        RunId = options.RunId ?? RunIds.Create(startedAt);
        _share = options.Share;
        _arrivals = new ArrivalScheduler(options.Arrivals, new Random(ChatSwarm.Bots.Customers.SeedMixer.Mix(Seed, _share.Index, ArrivalPurpose)), _share);
        _nextThresholdCheckAt = _profile.ThresholdCheckInterval;

        var picker = new ScriptPicker(options.Scripts, Seed);
        var customerOptions = new CustomerOptions
        {
            CheckAvailability = _profile.CheckAvailability,
            CaseHistoryAtEnd = _profile.CaseHistory,
            CloseCaseAtEnd = _profile.CloseCase,
            MaxSessionDuration = _profile.MaxSessionDuration,
        };
        customerOptions.Validate();
        var factory = new CustomerFactory(
            RunId,
            Seed,
            options.Client,
            _metrics,
            _clock,
            customerOptions,
            _profile.Backoff,
            index => picker.Pick(index).CreateConversation(new SwarmConversationRequest(index, Seed, _clock, _profile.ThinkTime)),
            _counters,
            options.Transcripts is { Capacity: > 0 } keeper ? new TranscriptCollector(keeper, _clock) : null);

        _system = SwarmActorSystem.CreateValidated("swarm", options.ActorSystem, _clock, options.Log);
        _root = _system.ActorOf(Props.Create(() => new SwarmRootActor(factory, _profile.CustomersPerSupervisor)), "swarm");
    }

    public int Seed { get; }

    public string RunId { get; }

    private TimeSpan Elapsed => _clock.GetElapsedTime(_startTimestamp);

    public async Task<SwarmRunResult> RunAsync(CancellationToken stopGracefully, CancellationToken stopNow)
    {
        _startTimestamp = _clock.GetTimestamp();
        _startedAt = _clock.GetUtcNow();
        Notify(SwarmNoticeLevel.Information, string.Create(
            CultureInfo.InvariantCulture,
            $"run {RunId}: profile '{_profile.Name}', {_plan.Phases.Count} phase(s) over {Format(_plan.TotalDuration)}, seed {Seed}"));

        using var stopAny = CancellationTokenSource.CreateLinkedTokenSource(stopGracefully, stopNow);
        try
        {
            await DriveAsync(stopGracefully, stopNow, stopAny.Token).ConfigureAwait(false);
            await DrainAsync(stopNow).ConfigureAwait(false);
        }
        finally
        {
            await ShutdownAsync().ConfigureAwait(false);
        }

        return BuildResult();
    }

    public async ValueTask DisposeAsync() => await ShutdownAsync().ConfigureAwait(false);

    private static string Format(TimeSpan value) => Configuration.Timing.DurationParser.Format(value);

    private void Notify(SwarmNoticeLevel level, string message)
    {
        try
        {
            _observer?.OnNotice(new SwarmNotice(level, message));
        }
        catch (Exception)
        {
            // A failing console or log sink must not lose the run's results.
        }
    }
}

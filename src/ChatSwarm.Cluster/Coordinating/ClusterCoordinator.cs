using System.Threading.Channels;
using Akka.Actor;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>Starts the coordinator of a cluster run (see <see cref="IClusterCoordinator"/>).</summary>
public static class ClusterCoordinator
{
    /// <summary>Starts the coordinator's node (bound and a cluster of one) without waiting for workers yet.</summary>
    /// <param name="options">The settings; validated first (<see cref="Configuration.Validation.OptionsValidationException"/> listing every problem).</param>
    /// <returns>The coordinator.</returns>
    public static IClusterCoordinator Start(CoordinatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new CoordinatorRun(options);
    }
}

/// <summary>
/// The coordinator of a cluster run: waits for its workers, sends each its share with the profile and files, starts them
/// at one shared time, merges their per-second results for the live console and the thresholds (stopping everyone on an
/// abort, a stop signal or a setup failure), notices lost workers, and builds the one merged result.
/// </summary>
internal sealed partial class CoordinatorRun : IClusterCoordinator
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Wake = TimeSpan.FromMilliseconds(250);

    private readonly CoordinatorOptions _options;
    private readonly ClusterNode _node;
    private readonly IActorRef _self;
    private readonly ChannelReader<Inbound> _inbox;
    private readonly Wire.PayloadParts _parts = new();
    private readonly List<WorkerSlot> _slots = [];
    private readonly LoadPlan _plan;
    private readonly HashSet<(string Step, int Code)> _errorsSeen = [];
    private readonly HashSet<string> _thresholdsFailedLive = [];
    private ISwarmObserver? _observer;
    private long _payloadId;
    private DateTimeOffset _startAt;
    private DateTimeOffset? _stopSentAt;
    private bool _stopNowSent;
    private string? _stopReason;
    private string? _setupFailure;
    private bool _thresholdAbort;
    private bool _interrupted;
    private long _peak;
    private int _phaseIndex = -1;

    public CoordinatorRun(CoordinatorOptions options)
    {
        _options = options;
        _plan = LoadPlan.Create(options.Profile);
        var inbox = Channel.CreateUnbounded<Inbound>(new UnboundedChannelOptions { SingleReader = true });
        _inbox = inbox.Reader;
        _node = ClusterNode.Start(options.Cluster with { Log = options.Cluster.Log ?? options.Log });
        _self = _node.System.ActorOf(Props.Create(() => new CoordinatorActor(inbox.Writer)), CoordinatorActor.Name);
    }

    /// <inheritdoc />
    public ClusterEndpoint Address => _node.Address;

    /// <inheritdoc />
    public async Task<ClusterRunResult> RunAsync(ISwarmObserver? observer, CancellationToken stopGracefully, CancellationToken stopNow)
    {
        _observer = observer;
        if (await JoinAsync(stopGracefully).ConfigureAwait(false) is { } joinError)
        {
            DismissAll(joinError);
            return new ClusterRunResult { SetupError = joinError, WorkersJoined = stopGracefully.IsCancellationRequested ? null : _slots.Count };
        }

        if (await AssignAsync(stopGracefully).ConfigureAwait(false) is { } assignError)
        {
            DismissAll(assignError);
            return new ClusterRunResult { SetupError = assignError };
        }

        Begin();
        await SuperviseAsync(stopGracefully, stopNow).ConfigureAwait(false);
        return new ClusterRunResult { Run = BuildResult() };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _node.DisposeAsync().ConfigureAwait(false);

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

    private void DismissAll(string reason)
    {
        foreach (var slot in _slots)
        {
            slot.Actor.Tell(new Working.Dismiss(reason), _self);
        }
    }

    private WorkerSlot? SlotOf(IActorRef actor) => _slots.FirstOrDefault(s => s.Actor.Equals(actor));

    private static string Format(TimeSpan value) => Configuration.Timing.DurationParser.Format(value);
}

using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Akka.Actor;
using ChatSwarm.Cluster.Content;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Working;

/// <summary>
/// A worker of a cluster run: joins the coordinator, receives its assignment and files, loads them, starts its share at
/// the shared start time, streams its results every second, stops when told (or when the coordinator is lost: then it
/// ends its chats and returns its own result for a local report), and sends its final results before leaving.
/// </summary>
public static class ClusterWorker
{
    /// <summary>Runs one worker to its end.</summary>
    /// <param name="options">The worker's settings; validated first (<see cref="Configuration.Validation.OptionsValidationException"/> listing every problem).</param>
    /// <param name="loader">Loads the assignment into a runnable share.</param>
    /// <param name="observer">Receives the share's progress and notices (the worker's console); may be null.</param>
    /// <param name="stopGracefully">Local stop signal: end the chats and report to the coordinator.</param>
    /// <param name="stopNow">Second local stop signal: stop at once.</param>
    /// <returns>How it ended.</returns>
    public static async Task<WorkerOutcome> RunAsync(WorkerOptions options, IShareLoader loader, ISwarmObserver? observer, CancellationToken stopGracefully, CancellationToken stopNow)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loader);
        options.Validate();
        var inbox = Channel.CreateUnbounded<Inbound>(new UnboundedChannelOptions { SingleReader = true });
        await using var node = ClusterNode.Start(options.Cluster with { Log = options.Cluster.Log ?? options.Log });
        options.NodeStarted?.Invoke(node.System);
        var hello = new WorkerHello(node.Address.ToString(), Environment.ProcessId);
        var self = node.System.ActorOf(Props.Create(() => new WorkerActor(inbox.Writer, hello)), WorkerActor.Name);
        var root = options.ContentRoot ?? Path.Combine(Path.GetTempPath(), "chatswarm-worker-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            return await new WorkerSession(options, loader, observer, node, self, inbox.Reader, root).RunAsync(stopGracefully, stopNow).ConfigureAwait(false);
        }
        finally
        {
            if (options.ContentRoot is null)
            {
                TryDelete(root);
            }
        }
    }

    private static void TryDelete(string root)
    {
        try
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; the run's results are what matter.
        }
    }

    /// <summary>One worker's state while it runs.</summary>
    private sealed class WorkerSession(
        WorkerOptions options, IShareLoader loader, ISwarmObserver? observer, ClusterNode node, IActorRef self, ChannelReader<Inbound> inbox, string root)
    {
        private readonly PayloadParts _parts = new();
        private IActorRef _coordinator = ActorRefs.Nobody;

        public async Task<WorkerOutcome> RunAsync(CancellationToken stopGracefully, CancellationToken stopNow)
        {
            Notify(SwarmNoticeLevel.Information, $"worker {node.Address}: joining the coordinator at {options.Cluster.Join}");
            WorkAssignment? assignment;
            using (var joinWait = CancellationTokenSource.CreateLinkedTokenSource(stopGracefully))
            {
                joinWait.CancelAfter(options.JoinTimeout);
                (assignment, var problem) = await WaitForAssignmentAsync(joinWait.Token).ConfigureAwait(false);
                if (assignment is null)
                {
                    problem ??= stopGracefully.IsCancellationRequested
                        ? "stopped before the coordinator sent an assignment"
                        : $"no assignment from the coordinator at {options.Cluster.Join} within {Format(options.JoinTimeout)} (is it running and listening at {options.Cluster.Join}, and is this worker's address {node.Address} reachable from it?)";
                    return new WorkerOutcome { ExitCode = SwarmExitCode.SetupError, Problem = problem };
                }
            }

            Notify(SwarmNoticeLevel.Information, string.Create(CultureInfo.InvariantCulture,
                $"assignment: worker {assignment.Index + 1} of {assignment.Count}, run {assignment.RunId}, seed {assignment.Seed}, {assignment.Files.Count} file(s)"));
            PreparedShare share;
            try
            {
                ContentBundle.Materialize(root, assignment.Files);
                share = await loader.LoadAsync(assignment, root, stopGracefully).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ShareLoadException or IOException or UnauthorizedAccessException)
            {
                var problem = OneLine(ex.Message);
                _coordinator.Tell(new WorkerReady(problem), self);
                return new WorkerOutcome { ExitCode = SwarmExitCode.SetupError, Problem = problem, Assignment = assignment };
            }

            await using (share.ConfigureAwait(false))
            {
                _coordinator.Tell(new WorkerReady(null), self);
                var (begin, waitProblem) = await WaitForBeginAsync(stopGracefully).ConfigureAwait(false);
                if (begin is null)
                {
                    return new WorkerOutcome { ExitCode = SwarmExitCode.SetupError, Problem = waitProblem, Assignment = assignment };
                }

                return await RunShareAsync(assignment, share, DateTimeOffset.FromUnixTimeMilliseconds(begin.StartAtUnixMilliseconds), stopGracefully, stopNow).ConfigureAwait(false);
            }
        }

        private async Task<(WorkAssignment?, string?)> WaitForAssignmentAsync(CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var inbound in inbox.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    switch (inbound.Message)
                    {
                        case Dismiss dismiss:
                            return (null, "the coordinator dismissed this worker: " + dismiss.Reason);
                        case PeerGone:
                            return (null, "the coordinator left before the start");
                        case PayloadPart part when part.Kind == PayloadKind.Assignment:
                            _coordinator = inbound.Sender;
                            if (_parts.Add("coordinator", part) is { } bytes)
                            {
                                return (JsonSerializer.Deserialize(bytes, WireJsonContext.Default.WorkAssignment), null);
                            }

                            break;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Timed out or stopped; the caller says which.
            }

            return (null, null);
        }

        private async Task<(BeginRun?, string?)> WaitForBeginAsync(CancellationToken stopGracefully)
        {
            try
            {
                await foreach (var inbound in inbox.ReadAllAsync(stopGracefully).ConfigureAwait(false))
                {
                    switch (inbound.Message)
                    {
                        case BeginRun begin:
                            return (begin, null);
                        case Dismiss dismiss:
                            return (null, "the coordinator gave the run up before the start: " + dismiss.Reason);
                        case PeerGone:
                            return (null, "the coordinator was lost before the start");
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped locally before the start.
            }

            return (null, "stopped before the run started");
        }

        private async Task<WorkerOutcome> RunShareAsync(WorkAssignment assignment, PreparedShare share, DateTimeOffset startAt, CancellationToken stopGracefully, CancellationToken stopNow)
        {
            using var graceful = CancellationTokenSource.CreateLinkedTokenSource(stopGracefully);
            using var now = CancellationTokenSource.CreateLinkedTokenSource(stopNow);
            var coordinatorLost = false;

            // The shared start: every worker waits for the same wall-clock moment (a stop before it still ends cleanly).
            var wait = startAt - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, graceful.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopped before the start: the run below stops at once and reports nothing measured.
                }
            }

            var metrics = new SwarmMetrics(TimeProvider.System);
            var baseAddress = share.Client.Options.BaseAddress;
            var ticks = new TickSender(_coordinator, self, metrics, elapsed => RunInfoFactory.Create(assignment.RunId, share.Profile.Name, baseAddress, metrics.StartedAt, elapsed, assignment.Seed));
            var runOptions = new SwarmRunOptions
            {
                Profile = share.Profile,
                Client = share.Client,
                Metrics = metrics,
                Scripts = share.Scripts,
                Seed = assignment.Seed,
                RunId = assignment.RunId,
                Share = new WorkerShare(assignment.Index, assignment.Count),
                ActorSystem = share.ActorSystem,
                SettingNames = share.SettingNames,
                Log = options.Log,
            };
            var run = new SwarmRunner().RunAsync(runOptions, SwarmObservers.Combine(ticks, observer), graceful.Token, now.Token);
            while (!run.IsCompleted)
            {
                var next = inbox.WaitToReadAsync().AsTask();
                await (coordinatorLost ? Task.WhenAny(run, next) : Task.WhenAny(run, next, node.System.WhenTerminated)).ConfigureAwait(false);
                while (inbox.TryRead(out var inbound))
                {
                    switch (inbound.Message)
                    {
                        case StopWork stop:
                            Notify(SwarmNoticeLevel.Information, "the coordinator stops the run: " + stop.Reason);
                            (stop.Now ? now : graceful).Cancel();
                            break;
                        case PeerGone when !coordinatorLost:
                            coordinatorLost = true;
                            Notify(SwarmNoticeLevel.Error, "the coordinator was lost; ending the chats and writing this worker's own report");
                            graceful.Cancel();
                            now.CancelAfter(share.Profile.GracePeriod + options.StopMargin);
                            break;
                        case NodeUnreachable unreachable:
                            Notify(SwarmNoticeLevel.Warning, $"cluster node {unreachable.Node} is unreachable");
                            break;
                    }
                }

                if (node.System.WhenTerminated.IsCompleted && !coordinatorLost)
                {
                    // Downed by the split-brain resolver (cut off from the coordinator): the cluster is gone for this node.
                    coordinatorLost = true;
                    Notify(SwarmNoticeLevel.Error, "this worker was cut off from the coordinator; ending the chats and writing its own report");
                    graceful.Cancel();
                    now.CancelAfter(share.Profile.GracePeriod + options.StopMargin);
                }
            }

            var result = await run.ConfigureAwait(false);
            if (coordinatorLost)
            {
                // The runner saw a stop request; the reason it really stopped is the coordinator's loss.
                result = result with { StopReason = "the coordinator was lost mid-run" };
                return new WorkerOutcome { ExitCode = SwarmExitCode.SetupError, Problem = "the coordinator was lost mid-run", CoordinatorLost = true, Assignment = assignment, Result = result };
            }

            ticks.SendFinal(result);
            var confirmed = await WaitForFinalReceivedAsync().ConfigureAwait(false);
            return confirmed
                ? new WorkerOutcome { ExitCode = SwarmExitCode.Ok, Assignment = assignment, Result = result }
                : new WorkerOutcome { ExitCode = SwarmExitCode.SetupError, Problem = "the coordinator did not confirm this worker's results", CoordinatorLost = true, Assignment = assignment, Result = result };
        }

        private async Task<bool> WaitForFinalReceivedAsync()
        {
            using var timeout = new CancellationTokenSource(options.FinalTimeout);
            try
            {
                await foreach (var inbound in inbox.ReadAllAsync(timeout.Token).ConfigureAwait(false))
                {
                    switch (inbound.Message)
                    {
                        case FinalReceived:
                            return true;
                        case PeerGone:
                            return false;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // No confirmation in time.
            }

            return false;
        }

        private void Notify(SwarmNoticeLevel level, string message)
        {
            try
            {
                observer?.OnNotice(new SwarmNotice(level, message));
                options.Log?.Write(level switch
                {
                    SwarmNoticeLevel.Error => Serilog.Events.LogEventLevel.Error,
                    SwarmNoticeLevel.Warning => Serilog.Events.LogEventLevel.Warning,
                    _ => Serilog.Events.LogEventLevel.Information,
                }, "{Notice}", message);
            }
            catch (Exception)
            {
                // A failing console must not stop the worker.
            }
        }
    }

    private static string Format(TimeSpan value) => Configuration.Timing.DurationParser.Format(value);

    private static string OneLine(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}

using System.Globalization;
using System.Text.Json;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cluster.Coordinating;

/// <summary>Before the start: workers join, receive their assignments and confirm they loaded them.</summary>
internal sealed partial class CoordinatorRun
{
    private async Task<string?> JoinAsync(CancellationToken stopGracefully)
    {
        Notify(SwarmNoticeLevel.Information, string.Create(CultureInfo.InvariantCulture,
            $"waiting up to {Format(_options.JoinTimeout)} for {_options.Workers} worker(s) to join {Address}"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopGracefully);
        timeout.CancelAfter(_options.JoinTimeout);
        try
        {
            while (_slots.Count < _options.Workers)
            {
                var inbound = await _inbox.ReadAsync(timeout.Token).ConfigureAwait(false);
                switch (inbound.Message)
                {
                    case WorkerHello hello when _slots.Any(s => s.Name == hello.Name):
                        break;
                    case WorkerHello hello:
                        var slot = new WorkerSlot(hello.Name, _slots.Count, inbound.Sender, DateTimeOffset.UtcNow);
                        _slots.Add(slot);
                        Notify(SwarmNoticeLevel.Information, string.Create(CultureInfo.InvariantCulture,
                            $"worker {_slots.Count}/{_options.Workers} joined: {hello.Name} (pid {hello.ProcessId})"));
                        break;
                    case PeerGone gone when SlotOf(gone.Actor) is { } left:
                        // A worker that leaves before the start is simply not counted; another may take its place.
                        _slots.Remove(left);
                        for (int i = 0; i < _slots.Count; i++)
                        {
                            _slots[i] = Renumbered(_slots[i], i);
                        }

                        Notify(SwarmNoticeLevel.Warning, $"worker {left.Name} left before the start");
                        break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return stopGracefully.IsCancellationRequested
                ? "stopped before the run started"
                : string.Create(CultureInfo.InvariantCulture,
                    $"only {_slots.Count} of {_options.Workers} worker(s) joined {Address} within {Format(_options.JoinTimeout)}; start the others as workers joining {Address}, or allow them longer to join");
        }

        return null;
    }

    private async Task<string?> AssignAsync(CancellationToken stopGracefully)
    {
        foreach (var slot in _slots)
        {
            var assignment = _options.Assignment with { Index = slot.Index, Count = _slots.Count };
            var bytes = JsonSerializer.SerializeToUtf8Bytes(assignment, WireJsonContext.Default.WorkAssignment);
            foreach (var part in PayloadParts.Split(PayloadKind.Assignment, ++_payloadId, bytes))
            {
                slot.Actor.Tell(part, _self);
            }

            slot.State = WorkerState.Assigned;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopGracefully);
        timeout.CancelAfter(_options.ReadyTimeout);
        try
        {
            while (_slots.Any(s => s.State == WorkerState.Assigned))
            {
                var inbound = await _inbox.ReadAsync(timeout.Token).ConfigureAwait(false);
                switch (inbound.Message)
                {
                    case WorkerHello hello when _slots.All(s => s.Name != hello.Name):
                        inbound.Sender.Tell(new Working.Dismiss($"the run already has its {_options.Workers} worker(s)"), _self);
                        break;
                    case WorkerReady ready when SlotOf(inbound.Sender) is { } slot:
                        if (ready.Problem is { } problem)
                        {
                            return $"worker {slot.Index + 1} ({slot.Name}) cannot run its share: {problem}";
                        }

                        slot.State = WorkerState.Ready;
                        break;
                    case PeerGone gone when SlotOf(gone.Actor) is { } left:
                        return $"worker {left.Index + 1} ({left.Name}) left before the start";
                }
            }
        }
        catch (OperationCanceledException)
        {
            return stopGracefully.IsCancellationRequested
                ? "stopped before the run started"
                : $"worker(s) {string.Join(", ", _slots.Where(s => s.State != WorkerState.Ready).Select(s => s.Name))} did not load the profile within {Format(_options.ReadyTimeout)}";
        }

        return null;
    }

    private void Begin()
    {
        _startAt = DateTimeOffset.UtcNow + _options.StartDelay;
        var begin = new Working.BeginRun(_startAt.ToUnixTimeMilliseconds());
        foreach (var slot in _slots)
        {
            slot.Actor.Tell(begin, _self);
        }

        Notify(SwarmNoticeLevel.Information, string.Create(CultureInfo.InvariantCulture,
            $"run {_options.Assignment.RunId}: {_slots.Count} worker(s) start at {_startAt:HH:mm:ss.fff} UTC; profile '{_options.Profile.Name}', {_plan.Phases.Count} phase(s) over {Format(_plan.TotalDuration)}, seed {_options.Assignment.Seed}"));
    }

    private static WorkerSlot Renumbered(WorkerSlot slot, int index) =>
        slot.Index == index ? slot : new WorkerSlot(slot.Name, index, slot.Actor, slot.JoinedAt);
}

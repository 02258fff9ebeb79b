namespace ChatSwarm.Actors;

internal sealed partial class ActorCell
{
    /// <inheritdoc />
    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        if (timeout is { } t && (t <= TimeSpan.Zero || t == Timeout.InfiniteTimeSpan))
        {
            timeout = null;
        }

        if (timeout is null && _extras?.ReceiveTimeout is null)
        {
            return;
        }

        var extras = Extras;
        extras.ReceiveTimeout = timeout;
        extras.ReceiveTimeoutGeneration++;
        if (timeout is null)
        {
            extras.ReceiveTimeoutTimer?.Dispose();
            extras.ReceiveTimeoutTimer = null;
            return;
        }

        ArmReceiveTimeout(extras);
    }

    private void RescheduleReceiveTimeout()
    {
        if (_extras is { ReceiveTimeout: not null } extras && (_state & (FlagTerminating | FlagTerminated)) == 0)
        {
            extras.ReceiveTimeoutGeneration++;
            ArmReceiveTimeout(extras);
        }
    }

    private void ArmReceiveTimeout(CellExtras extras)
    {
        // Each arming gets a fresh timer and generation (as Akka reschedules per message), so a tick already
        // queued from the previous period is recognised as stale and ignored.
        extras.ReceiveTimeoutTimer?.Dispose();
        var tick = new ReceiveTimeoutTick(extras.ReceiveTimeoutGeneration);
        extras.ReceiveTimeoutTimer = _system.TimeProvider.CreateTimer(
            static state =>
            {
                var (cell, message) = ((ActorCell, ReceiveTimeoutTick))state!;
                cell.Post(message, null);
            },
            (this, tick),
            extras.ReceiveTimeout!.Value,
            Timeout.InfiniteTimeSpan);
    }
}

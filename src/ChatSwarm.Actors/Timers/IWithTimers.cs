namespace ChatSwarm.Actors;

/// <summary>Implement on an actor to get keyed timers; the runtime sets <see cref="Timers"/> after construction, before PreStart.</summary>
public interface IWithTimers
{
    /// <summary>The timer scheduler of the current incarnation (set by the runtime).</summary>
    ITimerScheduler Timers { get; set; }
}

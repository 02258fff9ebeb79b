namespace ChatSwarm.Cluster.Coordinating;

/// <summary>Where a worker is in the run, as the coordinator sees it.</summary>
internal enum WorkerState
{
    /// <summary>Joined and announced itself; no assignment yet.</summary>
    Joined,

    /// <summary>Has its assignment; not yet confirmed it can run it.</summary>
    Assigned,

    /// <summary>Loaded its assignment and waits for the start (or runs).</summary>
    Ready,

    /// <summary>Sent its final results.</summary>
    Finished,

    /// <summary>Left or was downed before sending its final results.</summary>
    Lost,
}

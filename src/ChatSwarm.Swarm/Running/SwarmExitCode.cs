namespace ChatSwarm.Swarm.Running;

/// <summary>The process exit codes a run ends with.</summary>
public static class SwarmExitCode
{
    /// <summary>The run finished (or was interrupted) and every threshold held.</summary>
    public const int Ok = 0;

    /// <summary>At least one threshold failed (at the end, or live with abort on failure).</summary>
    public const int ThresholdsFailed = 1;

    /// <summary>Bad input or a setup error, including a run stopped early because most customers failed with the same permanent error (wrong appId, tenant URL, launch point).</summary>
    public const int SetupError = 2;
}

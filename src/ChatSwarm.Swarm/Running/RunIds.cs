using System.Globalization;
using System.Security.Cryptography;

namespace ChatSwarm.Swarm.Running;

/// <summary>
/// Run ids: the start time (for sorting and reading) plus a random part from the operating system's generator, never
/// from the run seed, so two runs started in the same second (same seed or not, same machine or not) never share a
/// run folder or a clientId.
/// </summary>
public static class RunIds
{
    /// <summary>Hex digits of the random part (32 bits).</summary>
    public const int RandomLength = 8;

    /// <summary>A new run id such as <c>20260101-120000-a1b2c3d4</c>.</summary>
    /// <param name="startedAt">The run's start time (written in UTC).</param>
    /// <returns>The id; safe in file names, clientIds and URLs.</returns>
    public static string Create(DateTimeOffset startedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{startedAt.UtcDateTime:yyyyMMdd-HHmmss}-{RandomNumberGenerator.GetHexString(RandomLength, lowercase: true)}");

    /// <summary>The random part of a run id made by <see cref="Create"/> (its last <see cref="RandomLength"/> characters).</summary>
    /// <param name="runId">A run id.</param>
    /// <returns>The random part, or the whole id when it is shorter.</returns>
    public static string RandomPartOf(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return runId.Length <= RandomLength ? runId : runId[^RandomLength..];
    }
}

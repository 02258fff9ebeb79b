using System.Globalization;

namespace ChatSwarm.Swarm.Customers;

/// <summary>
/// Customer identities: a clientId derived from the run id and the customer index (so a restarted customer keeps it
/// and resumes its session), and masking so logs never carry an appId or clientId in full.
/// </summary>
public static class ClientIds
{
    /// <summary>The clientId of customer <paramref name="customerIndex"/> of run <paramref name="runId"/>.</summary>
    /// <param name="runId">The run's id (unique per run, so runs never resume each other's sessions).</param>
    /// <param name="customerIndex">The customer's index in the run, from 0.</param>
    /// <returns>E.g. <c>chatswarm-20260101a1b2-000042</c>.</returns>
    public static string For(string runId, int customerIndex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(customerIndex);
        return string.Create(CultureInfo.InvariantCulture, $"chatswarm-{runId}-{customerIndex:D6}");
    }

    /// <summary>Shows only the start of a secret (appId, clientId) followed by its length, e.g. <c>chat…(27)</c>; null and empty stay as they are.</summary>
    /// <param name="value">The secret.</param>
    /// <returns>The masked text.</returns>
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? "";
        }

        var shown = value.Length <= 8 ? 1 : 4;
        return string.Create(CultureInfo.InvariantCulture, $"{value.AsSpan(0, shown)}…({value.Length})");
    }
}

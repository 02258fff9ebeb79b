using System.Globalization;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Bots.Running;

/// <summary>
/// The validated arguments of <c>chatswarm bot</c>: which script, which tenant (null for the embedded simulator),
/// the seed and the time limit. Built with <see cref="TryCreate"/>, which names the bad option in a one-line error.
/// </summary>
public sealed record BotRunRequest
{
    private BotRunRequest()
    {
    }

    /// <summary>The script file.</summary>
    public required string ScriptPath { get; init; }

    /// <summary>The tenant's base address, or null to run against the embedded simulator.</summary>
    public Uri? Tenant { get; init; }

    /// <summary>The <c>tenantUrl</c> query value (defaults to the tenant's host name); null for the simulator.</summary>
    public string? TenantUrl { get; init; }

    /// <summary>The scenario entry's app id; null for the simulator.</summary>
    public string? AppId { get; init; }

    /// <summary>The seed for customer data and choices (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The longest the conversation may run (default 5 minutes).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Show receipts, typing and hook lines too.</summary>
    public bool Verbose { get; init; }

    /// <summary>Values for {{env.NAME}} templates, read by the command line; default empty.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Validates raw option values; on failure <paramref name="error"/> names the option and what is expected.</summary>
    /// <param name="script">The SCRIPT argument.</param>
    /// <param name="tenant">--tenant, the tenant's base URL, or null.</param>
    /// <param name="tenantUrl">--tenant-url, the tenantUrl host, or null.</param>
    /// <param name="appId">--app-id, or null.</param>
    /// <param name="seed">--seed, or null.</param>
    /// <param name="timeout">--timeout, or null.</param>
    /// <param name="verbose">--verbose.</param>
    /// <param name="request">The request, or null.</param>
    /// <param name="error">The one-line error, or null.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate(
        string? script, string? tenant, string? tenantUrl, string? appId, string? seed, string? timeout, bool verbose,
        out BotRunRequest? request, out string? error)
    {
        request = null;
        error = null;
        if (string.IsNullOrWhiteSpace(script))
        {
            error = "SCRIPT: expected the path of a bot script, e.g. bots/greeting-and-question.yaml";
            return false;
        }

        Uri? tenantUri = null;
        if (tenant is not null)
        {
            if (!Uri.TryCreate(tenant, UriKind.Absolute, out tenantUri) || (tenantUri.Scheme != Uri.UriSchemeHttp && tenantUri.Scheme != Uri.UriSchemeHttps))
            {
                error = $"--tenant: '{tenant}' is not a URL; expected the tenant's base address, e.g. https://yourcompany.brightpattern.com";
                return false;
            }

            if (string.IsNullOrWhiteSpace(appId))
            {
                error = "--app-id: required with --tenant; expected the Messaging/Chat scenario entry's unique id";
                return false;
            }
        }
        else if (tenantUrl is not null || appId is not null)
        {
            error = $"{(tenantUrl is not null ? "--tenant-url" : "--app-id")}: only applies with --tenant; the embedded simulator needs neither";
            return false;
        }

        if (tenantUrl is not null && string.IsNullOrWhiteSpace(tenantUrl))
        {
            error = "--tenant-url: expected the tenant's host name, e.g. yourcompany.brightpattern.com";
            return false;
        }

        var seedValue = 1;
        if (seed is not null && !int.TryParse(seed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seedValue))
        {
            error = $"--seed: '{seed}' is not a whole number; expected e.g. --seed 42";
            return false;
        }

        var limit = TimeSpan.FromMinutes(5);
        if (timeout is not null)
        {
            if (!DurationParser.TryParse(timeout, out limit, out var durationError) || limit <= TimeSpan.Zero)
            {
                error = $"--timeout: {durationError ?? $"'{timeout}' must be positive; expected {DurationParser.ExpectedForm}"}";
                return false;
            }
        }

        request = new BotRunRequest
        {
            ScriptPath = script,
            Tenant = tenantUri,
            TenantUrl = tenantUri is null ? null : tenantUrl ?? tenantUri.Host,
            AppId = tenantUri is null ? null : appId,
            Seed = seedValue,
            Timeout = limit,
            Verbose = verbose,
        };
        return true;
    }
}

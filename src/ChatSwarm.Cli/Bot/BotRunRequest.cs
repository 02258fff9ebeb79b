namespace ChatSwarm.Cli.Bot;

/// <summary>
/// The validated arguments of <c>chatswarm bot</c>: which script, which tenant (null for the embedded simulator),
/// the seed and the time limit. Built with <see cref="TryCreate"/>, which names the bad option in a one-line error.
/// </summary>
internal sealed record BotRunRequest
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

    /// <summary>Checks the options together (each was parsed by its option); on failure <paramref name="error"/> names the option and what is expected.</summary>
    /// <param name="script">The SCRIPT argument.</param>
    /// <param name="tenant">--tenant, the tenant's base URL, or null.</param>
    /// <param name="tenantUrl">--tenant-url, the tenantUrl host, or null.</param>
    /// <param name="appId">--app-id, or null.</param>
    /// <param name="seed">--seed, or null for 1.</param>
    /// <param name="timeout">--timeout, or null for 5 minutes.</param>
    /// <param name="verbose">--verbose.</param>
    /// <param name="request">The request, or null.</param>
    /// <param name="error">The one-line error, or null.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate(
        string? script, Uri? tenant, string? tenantUrl, string? appId, int? seed, TimeSpan? timeout, bool verbose,
        out BotRunRequest? request, out string? error)
    {
        request = null;
        error = null;
        if (string.IsNullOrWhiteSpace(script))
        {
            error = "SCRIPT: expected the path of a bot script, e.g. bots/greeting-and-question.yaml";
            return false;
        }

        if (tenant is not null && appId is null)
        {
            error = "--app-id: required with --tenant; expected the Messaging/Chat scenario entry's unique id";
            return false;
        }

        if (tenant is null && (tenantUrl is not null || appId is not null))
        {
            error = $"{(tenantUrl is not null ? "--tenant-url" : "--app-id")}: only applies with --tenant; the embedded simulator needs neither";
            return false;
        }

        request = new BotRunRequest
        {
            ScriptPath = script,
            Tenant = tenant,
            TenantUrl = tenant is null ? null : tenantUrl ?? tenant.Host,
            AppId = appId,
            Seed = seed ?? 1,
            Timeout = timeout ?? TimeSpan.FromMinutes(5),
            Verbose = verbose,
        };
        return true;
    }
}

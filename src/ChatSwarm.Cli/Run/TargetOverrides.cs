using ChatSwarm.Cli.Parsing;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// A run's target settings from the command line, then the environment (the profile file comes last, in
/// <see cref="LoadProfile.WithOverrides"/>). Each value keeps where it came from, so an error names that option or variable.
/// </summary>
internal static class TargetOverrides
{
    /// <summary>Environment variable for the Messaging API base URL (--tenant).</summary>
    public const string TenantVariable = "CHATSWARM_TENANT";

    /// <summary>Environment variable for the tenantUrl value (--tenant-url).</summary>
    public const string TenantUrlVariable = "CHATSWARM_TENANT_URL";

    /// <summary>Environment variable for the appId value (--app-id).</summary>
    public const string AppIdVariable = "CHATSWARM_APP_ID";

    /// <summary>What a tenant URL looks like, for errors.</summary>
    public const string TenantExpected = "an absolute http:// or https:// URL";

    /// <summary>What a tenantUrl looks like, for errors.</summary>
    public const string TenantUrlExpected = "the tenant's host name, e.g. yourcompany.brightpattern.com";

    /// <summary>What an appId looks like, for errors.</summary>
    public const string AppIdExpected = "the Messaging/Chat scenario entry's unique id";

    /// <summary>
    /// Picks each value from its option, else its environment variable; on failure <paramref name="error"/> is one line
    /// naming the variable whose value is bad (the options' values were checked when the command line was parsed).
    /// </summary>
    public static bool TryResolve(Uri? tenant, string? tenantUrl, string? appId, Func<string, string?> environment, out LoadProfileOverrides? overrides, out string? error)
    {
        overrides = null;
        error = null;
        try
        {
            overrides = new LoadProfileOverrides
            {
                BaseAddress = Pick(tenant, "--tenant", TenantVariable, environment, text => ValueParser.HttpUrl(text, TenantExpected)),
                TenantUrl = Pick(tenantUrl, "--tenant-url", TenantUrlVariable, environment, text => ValueParser.Text(text, TenantUrlExpected)),
                AppId = Pick(appId, "--app-id", AppIdVariable, environment, text => ValueParser.Text(text, AppIdExpected)),
                TenantUrlElsewhere = $"--tenant-url or {TenantUrlVariable}",
                AppIdElsewhere = $"--app-id or {AppIdVariable}",
            };
            return true;
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static OverrideValue<T>? Pick<T>(T? option, string optionName, string variable, Func<string, string?> environment, Func<string, T> parse)
        where T : class
    {
        if (option is not null)
        {
            return new OverrideValue<T>(option, optionName);
        }

        if (environment(variable) is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return new OverrideValue<T>(parse(text), variable);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{variable}: {ex.Message}", ex);
        }
    }
}

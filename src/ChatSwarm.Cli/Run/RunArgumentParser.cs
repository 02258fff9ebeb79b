using System.Globalization;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Reports.Writing;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Run;

/// <summary>Validates <c>chatswarm run</c>'s options; every error is one line naming the option and what is expected.</summary>
internal static class RunArgumentParser
{
    /// <summary>The longest run --duration accepts (a year: longer is a typo, and phase arithmetic stays far from overflow).</summary>
    private static readonly TimeSpan MaxDuration = TimeSpan.FromDays(366);

    public static bool TryParse(RunArguments args, out RunRequest? request, out string? error)
    {
        request = null;
        error = null;

        int? sessions = null;
        if (args.Sessions is { } sessionsText)
        {
            if (!int.TryParse(sessionsText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"--sessions: expected a whole number of sessions of at least 1, got '{sessionsText}'";
                return false;
            }

            sessions = value;
        }

        TimeSpan? duration = null;
        if (args.Duration is { } durationText)
        {
            if (!DurationParser.TryParse(durationText, out var value, out var durationError) || value <= TimeSpan.Zero)
            {
                error = $"--duration: expected {DurationParser.ExpectedForm} (positive), got '{durationText}'" + (durationError is null ? "" : $" ({durationError})");
                return false;
            }

            if (value > MaxDuration)
            {
                error = $"--duration: '{durationText}' is longer than a run can be; expected at most {DurationParser.Format(MaxDuration)}";
                return false;
            }

            duration = value;
        }

        int? seed = null;
        if (args.Seed is { } seedText)
        {
            if (!int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                error = $"--seed: expected a whole number, got '{seedText}'";
                return false;
            }

            seed = value;
        }

        if (args.Tenant is { } tenant
            && (!Uri.TryCreate(tenant, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            error = $"--tenant: expected an absolute http:// or https:// URL, got '{ChatSwarm.Client.SafeUrl.Display(tenant)}'";
            return false;
        }

        if (args.TenantUrl is { } tenantUrl && string.IsNullOrWhiteSpace(tenantUrl))
        {
            error = "--tenant-url: expected the tenant's host name, e.g. yourcompany.brightpattern.com";
            return false;
        }

        if (args.AppId is { } appId && string.IsNullOrWhiteSpace(appId))
        {
            error = "--app-id: expected the Messaging/Chat scenario entry's unique id";
            return false;
        }

        if (args.Out is { } outDir && string.IsNullOrWhiteSpace(outDir))
        {
            error = "--out: expected a folder path";
            return false;
        }

        if (args.Junit is { } junit && string.IsNullOrWhiteSpace(junit))
        {
            error = "--junit: expected a file path for the JUnit XML report, e.g. junit.xml";
            return false;
        }

        if (args.Profile is { } option && option.StartsWith('-'))
        {
            error = $"unknown option '{option}'; see 'chatswarm run --help'";
            return false;
        }

        if (args.Profile is { } profile && string.IsNullOrWhiteSpace(profile))
        {
            error = "PROFILE: expected a load profile path such as loadprofiles/smoke.yaml";
            return false;
        }

        request = new RunRequest(
            args.Profile,
            new LoadProfileOverrides
            {
                BaseAddress = args.Tenant,
                TenantUrl = args.TenantUrl,
                AppId = args.AppId,
                Sessions = sessions,
                Duration = duration,
                Seed = seed,
            },
            args.Out ?? ReportPaths.DefaultRoot,
            args.Junit);
        return true;
    }
}

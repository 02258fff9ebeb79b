using ChatSwarm.Client;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Swarm.Profiles;

public sealed partial record LoadProfile
{
    /// <summary>Environment variable for the Messaging API base URL (--tenant).</summary>
    public const string TenantVariable = "CHATSWARM_TENANT";

    /// <summary>Environment variable for the tenantUrl value (--tenant-url).</summary>
    public const string TenantUrlVariable = "CHATSWARM_TENANT_URL";

    /// <summary>Environment variable for the appId value (--app-id).</summary>
    public const string AppIdVariable = "CHATSWARM_APP_ID";

    /// <summary>
    /// Applies command-line overrides, then environment variables for target settings the command line left unset
    /// (command line, then environment, then the file). A real target (base URL) needs a tenantUrl and an appId from one of
    /// them. <see cref="LoadProfileOverrides.Duration"/> stretches the phases to the new total first, then
    /// <see cref="LoadProfileOverrides.Sessions"/> scales session counts and rates (see <see cref="LoadProfileOverrides"/>).
    /// </summary>
    /// <param name="overrides">The command-line settings.</param>
    /// <param name="environment">Reads an environment variable (e.g. <see cref="Environment.GetEnvironmentVariable(string)"/>); null ignores the environment.</param>
    /// <returns>The profile to run.</returns>
    /// <exception cref="ProfileValidationException">An override is invalid or the target is incomplete; each error names the option or variable.</exception>
    public LoadProfile WithOverrides(LoadProfileOverrides overrides, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new List<string>();
        var profile = this with { Target = MergeTarget(overrides, environment, errors) };

        if (overrides.Duration is { } duration)
        {
            if (duration <= TimeSpan.Zero)
            {
                errors.Add($"--duration must be positive, got {DurationParser.Format(duration)}");
            }
            else if (Phases.Count > 0)
            {
                profile = profile with { Phases = Stretch(profile.Phases, duration) };
            }
        }

        if (overrides.Sessions is { } sessions)
        {
            if (sessions < 1)
            {
                errors.Add($"--sessions must be at least 1, got {sessions}");
            }
            else if (profile.Phases.Count > 0)
            {
                profile = ScaleSessions(profile, sessions);
            }
        }

        if (overrides.Seed is { } seed)
        {
            profile = profile with { Seed = seed };
        }

        if (errors.Count > 0)
        {
            throw new ProfileValidationException(errors);
        }

        return profile;
    }

    private TargetSettings MergeTarget(LoadProfileOverrides overrides, Func<string, string?>? environment, List<string> errors)
    {
        string? Env(string name) => environment?.Invoke(name) is { Length: > 0 } v ? v.Trim() : null;

        var target = Target;
        var (baseText, baseSource) = overrides.BaseAddress is { Length: > 0 } b ? (b.Trim(), "--tenant")
            : Env(TenantVariable) is { } eb ? (eb, TenantVariable) : (null, null);
        if (baseText is not null)
        {
            if (ProfileReader.TryHttpUrl(baseText, out var uri))
            {
                target = target with { BaseAddress = uri };
            }
            else
            {
                errors.Add($"{baseSource}: '{SafeUrl.Display(baseText)}' is not an absolute http(s) URL; expected e.g. https://tenant.brightpattern.com/clientweb/api/v1/");
            }
        }

        var tenantUrlSource = overrides.TenantUrl is { Length: > 0 } ? "--tenant-url" : Env(TenantUrlVariable) is not null ? TenantUrlVariable : $"{SourcePath}: target.tenant_url";
        if ((overrides.TenantUrl is { Length: > 0 } t ? t.Trim() : Env(TenantUrlVariable)) is { } tenantUrl)
        {
            target = target with { TenantUrl = tenantUrl };
        }

        var appIdSource = overrides.AppId is { Length: > 0 } ? "--app-id" : Env(AppIdVariable) is not null ? AppIdVariable : $"{SourcePath}: target.app_id";
        if ((overrides.AppId is { Length: > 0 } a ? a.Trim() : Env(AppIdVariable)) is { } appId)
        {
            target = target with { AppId = appId };
        }

        // Checked before anything starts: these values go into every request's Authorization header and query.
        if (HeaderValues.FindUnsafe(target.AppId) is { } appIdProblem)
        {
            errors.Add($"{appIdSource}: the app id {appIdProblem}; expected the scenario entry's id as shown in the contact center's configuration");
        }

        if (target.TenantUrl is { } tenantUrlValue && (tenantUrlValue.Any(char.IsControl) || tenantUrlValue.Any(char.IsWhiteSpace)))
        {
            errors.Add($"{tenantUrlSource}: the tenant URL contains a space or control character; expected a host name such as yourcompany.brightpattern.com");
        }

        if (target.BaseAddress is not null)
        {
            if (string.IsNullOrWhiteSpace(target.TenantUrl))
            {
                errors.Add($"{SourcePath}: target.tenant_url is missing for {SafeUrl.Display(target.BaseAddress)}; set it in the profile, with --tenant-url or {TenantUrlVariable}");
            }

            if (string.IsNullOrWhiteSpace(target.AppId))
            {
                errors.Add($"{SourcePath}: target.app_id is missing for {SafeUrl.Display(target.BaseAddress)}; set it in the profile, with --app-id or {AppIdVariable}");
            }
        }

        return target;
    }

    /// <summary>Scales every phase's duration by total / current total; the last phase absorbs rounding so the sum is exact.</summary>
    private static List<LoadPhase> Stretch(IReadOnlyList<LoadPhase> phases, TimeSpan total)
    {
        long current = phases.Sum(p => p.Duration.Ticks);
        double factor = (double)total.Ticks / current;
        var result = new List<LoadPhase>(phases.Count);
        long used = 0;
        for (int i = 0; i < phases.Count; i++)
        {
            long ticks = i == phases.Count - 1
                ? total.Ticks - used
                : Math.Max(1, (long)Math.Round(phases[i].Duration.Ticks * factor));
            ticks = Math.Max(1, ticks);
            used += ticks;
            result.Add(phases[i] with { Duration = TimeSpan.FromTicks(ticks) });
        }

        return result;
    }

    private static LoadProfile ScaleSessions(LoadProfile profile, int sessions)
    {
        var plan = LoadPlan.Create(profile);
        double peak = plan.PeakConcurrent > 0 ? plan.PeakConcurrent : plan.ExpectedArrivals(TimeSpan.Zero, plan.TotalDuration);
        if (peak <= 0)
        {
            return profile;
        }

        double factor = sessions / peak;
        return profile with
        {
            Phases = [.. profile.Phases.Select(p => p.Scale(factor))],
            MaxSessions = profile.MaxSessions is { } cap ? Math.Max(1, (int)Math.Ceiling(cap * factor)) : null,
        };
    }
}

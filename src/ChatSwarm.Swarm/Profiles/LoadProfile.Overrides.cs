using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Profiles;

public sealed partial record LoadProfile
{
    /// <summary>
    /// Applies settings given outside the file (the caller decides their precedence over each other; they all win over
    /// the file). A real target (base URL) needs a tenantUrl and an appId from the file or the overrides.
    /// <see cref="LoadProfileOverrides.Duration"/> stretches the phases to the new total first, then
    /// <see cref="LoadProfileOverrides.Sessions"/> scales session counts and rates (see <see cref="LoadProfileOverrides"/>).
    /// </summary>
    /// <param name="overrides">The settings, each already parsed and range-checked by the caller.</param>
    /// <returns>The profile to run.</returns>
    /// <exception cref="ProfileValidationException">The target is incomplete or unsafe; each error names where the value came from.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Sessions below 1 or a duration that is not positive: the caller checks those.</exception>
    public LoadProfile WithOverrides(LoadProfileOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new List<string>();
        var profile = this with { Target = MergeTarget(overrides, errors) };
        if (errors.Count > 0)
        {
            throw new ProfileValidationException(errors);
        }

        if (overrides.Duration is { } duration)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero, nameof(overrides));
            if (Phases.Count > 0)
            {
                profile = profile with { Phases = Stretch(profile.Phases, duration) };
            }
        }

        if (overrides.Sessions is { } sessions)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(sessions, 1, nameof(overrides));
            if (profile.Phases.Count > 0)
            {
                profile = ScaleSessions(profile, sessions);
            }
        }

        return profile;
    }

    private TargetSettings MergeTarget(LoadProfileOverrides overrides, List<string> errors)
    {
        var target = Target;
        if (overrides.BaseAddress is { } baseAddress)
        {
            target = target with { BaseAddress = baseAddress.Value };
        }

        if (overrides.TenantUrl is { } tenantUrl)
        {
            target = target with { TenantUrl = tenantUrl.Value };
        }

        if (overrides.AppId is { } appId)
        {
            target = target with { AppId = appId.Value };
        }

        // Checked before anything starts: these values go into every request's Authorization header and query.
        if (HeaderValues.FindUnsafe(target.AppId) is { } appIdProblem)
        {
            errors.Add($"{overrides.AppId?.Source ?? $"{SourcePath}: target.app_id"}: the app id {appIdProblem}; expected the scenario entry's id as shown in the contact center's configuration");
        }

        if (target.TenantUrl is { } tenantUrlValue && (tenantUrlValue.Any(char.IsControl) || tenantUrlValue.Any(char.IsWhiteSpace)))
        {
            errors.Add($"{overrides.TenantUrl?.Source ?? $"{SourcePath}: target.tenant_url"}: the tenant URL contains a space or control character; expected a host name such as yourcompany.brightpattern.com");
        }

        if (target.BaseAddress is not null)
        {
            if (string.IsNullOrWhiteSpace(target.TenantUrl))
            {
                errors.Add($"{SourcePath}: target.tenant_url is missing for {SafeUrl.Display(target.BaseAddress)}; set it in the profile{Elsewhere(overrides.TenantUrlElsewhere)}");
            }

            if (string.IsNullOrWhiteSpace(target.AppId))
            {
                errors.Add($"{SourcePath}: target.app_id is missing for {SafeUrl.Display(target.BaseAddress)}; set it in the profile{Elsewhere(overrides.AppIdElsewhere)}");
            }
        }

        return target;
    }

    private static string Elsewhere(string? where) => where is null ? "" : ", with " + where;

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

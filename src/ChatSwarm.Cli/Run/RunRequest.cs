using ChatSwarm.Reports.Writing;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Run;

/// <summary>A checked <c>chatswarm run</c> invocation: its options with the environment's target settings filled in.</summary>
/// <param name="ProfilePath">The profile as given (path or name); null for the default.</param>
/// <param name="Overrides">The settings laid over the profile (command line, then environment).</param>
/// <param name="Seed">--seed, or null to take the profile's (else a random one).</param>
/// <param name="OutRoot">The folder under which the run folder is created (default <c>reports</c>).</param>
/// <param name="JunitPath">Where to write the JUnit XML test report, or null for none.</param>
internal sealed record RunRequest(string? ProfilePath, LoadProfileOverrides Overrides, int? Seed, string OutRoot, string? JunitPath = null)
{
    /// <summary>
    /// Checks what the options cannot check alone (the PROFILE argument) and takes the target settings the command line
    /// left unset from <paramref name="environment"/>; on failure <paramref name="error"/> is one line naming the option or variable.
    /// </summary>
    public static bool TryCreate(RunArguments args, Func<string, string?> environment, out RunRequest? request, out string? error)
    {
        request = null;
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

        if (!TargetOverrides.TryResolve(args.Tenant, args.TenantUrl, args.AppId, environment, out var overrides, out error))
        {
            return false;
        }

        request = new RunRequest(
            args.Profile,
            overrides! with { Sessions = args.Sessions, Duration = args.Duration },
            args.Seed,
            args.Out?.FullName ?? ReportPaths.DefaultRoot,
            args.Junit?.FullName);
        return true;
    }

    /// <summary>The run seed, resolved once: --seed, else the profile's, else a random one.</summary>
    public int ResolveSeed(LoadProfile profile) => Seed ?? profile.Seed ?? Random.Shared.Next(1, int.MaxValue);
}

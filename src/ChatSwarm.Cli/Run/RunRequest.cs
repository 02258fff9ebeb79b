using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Run;

/// <summary>A validated <c>chatswarm run</c> invocation.</summary>
/// <param name="ProfilePath">The profile as given (path or name); null for the default.</param>
/// <param name="Overrides">The command-line overrides of the profile.</param>
/// <param name="OutRoot">The folder under which the run folder is created (default <c>reports</c>).</param>
/// <param name="JunitPath">Where to write the JUnit XML test report, or null for none.</param>
internal sealed record RunRequest(string? ProfilePath, LoadProfileOverrides Overrides, string OutRoot, string? JunitPath = null);

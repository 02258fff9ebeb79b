using System.Globalization;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Cli.Run;
using ChatSwarm.Client;
using ChatSwarm.Cluster.Content;
using ChatSwarm.Cluster.Wire;
using ChatSwarm.Cluster.Working;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Cli.Cluster;

/// <summary>
/// Loads a worker's assignment as <c>chatswarm run</c> loads a profile: the received profile and bots through the same
/// loaders, the coordinator's resolved target (or this worker's --tenant), its --sessions/--duration and connection options.
/// </summary>
internal sealed class CliShareLoader(Uri? tenantOverride, ActorSystemOptions actorSystem) : IShareLoader
{
    /// <summary>Where the target values of an assignment come from, for errors.</summary>
    private const string CoordinatorSource = "the coordinator's target";

    public async Task<PreparedShare> LoadAsync(WorkAssignment assignment, string contentRoot, CancellationToken cancellationToken)
    {
        var profilePath = ContentBundle.MapPath(contentRoot, assignment.ProfilePath);
        LoadProfile profile;
        IReadOnlyList<Swarm.Running.SwarmScript> scripts;
        try
        {
            var baseAddress = tenantOverride is not null ? new OverrideValue<Uri>(tenantOverride, "--tenant")
                : assignment.BaseAddress is { } assigned ? new OverrideValue<Uri>(new Uri(assigned), CoordinatorSource) : null;
            profile = LoadProfileLoader.Load(profilePath).WithOverrides(
                new LoadProfileOverrides
                {
                    BaseAddress = baseAddress,
                    TenantUrl = assignment.TenantUrl is { } tenantUrl ? new(tenantUrl, CoordinatorSource) : null,
                    AppId = assignment.AppId is { } appId ? new(appId, CoordinatorSource) : null,
                    Sessions = assignment.Sessions,
                    Duration = assignment.DurationMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
                });

            // Files the profile names by absolute path were received under the content folder too.
            profile = profile with
            {
                Mix = [.. profile.Mix.Select(m => m with { ScriptPath = Received(contentRoot, m.ScriptPath) })],
                Customers = profile.Customers is { } feed ? feed with { Path = Received(contentRoot, feed.Path) } : null,
            };
            scripts = ScriptMix.Load(profile, contentRoot, contentRoot);
        }
        catch (ProfileValidationException ex)
        {
            throw new ShareLoadException(string.Join("; ", ex.Errors));
        }
        catch (ArgumentOutOfRangeException)
        {
            // The coordinator checked --sessions and --duration; an assignment outside their ranges is not one it sent.
            throw new ShareLoadException(string.Create(CultureInfo.InvariantCulture,
                $"the assignment's sessions ({assignment.Sessions}) or duration ({assignment.DurationMs} ms) is out of range; expected at least 1 session and a positive duration"));
        }
        catch (BotScriptException ex)
        {
            throw new ShareLoadException(ex.Message);
        }

        RunTarget target;
        try
        {
            target = await RunTarget.StartAsync(profile, assignment.Seed, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            throw new ShareLoadException("target: " + ex.Message);
        }

        await using (target.ConfigureAwait(false))
        {
            var options = RunCommandHandler.ClientOptionsFor(target.ClientOptions, embedded: false, profile);
            var caCert = assignment.CaCertPath is { } path ? new FileInfo(ContentBundle.MapPath(contentRoot, path)) : null;
            var proxy = assignment.Proxy is { } proxyText ? new Uri(proxyText) : null;
            if (!new ConnectionArguments(caCert, assignment.Insecure, proxy).TryApply(options, out options, out var error))
            {
                throw new ShareLoadException(error!);
            }

            return new PreparedShare { Profile = profile, Scripts = scripts, Client = MessagingClient.Create(options), ActorSystem = actorSystem, SettingNames = CliSettingNames.Run };
        }
    }

    private static string Received(string root, string path) =>
        ContentBundle.IsUnder(root, path) ? path : ContentBundle.MapPath(root, path);
}

using ChatSwarm.Client;
using ChatSwarm.Client.Resources;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Validation;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Faults;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// Where a run sends traffic: the profile's tenant, or (when the profile names none) a simulator started in this
/// process on 127.0.0.1 with the profile's simulator settings. A tenantUrl or appId given on the command line still
/// applies to the embedded simulator, so a wrong appId can be rehearsed offline.
/// </summary>
internal sealed class RunTarget : IAsyncDisposable
{
    private RunTarget(MessagingClientOptions clientOptions, SimulatorHost? simulator)
    {
        ClientOptions = clientOptions;
        Simulator = simulator;
    }

    /// <summary>The client settings for this target.</summary>
    public MessagingClientOptions ClientOptions { get; }

    /// <summary>The embedded simulator, when one runs.</summary>
    public SimulatorHost? Simulator { get; }

    /// <summary>Starts the embedded simulator if needed. Throws <see cref="FaultPlanException"/> or <see cref="ArgumentException"/> for bad settings.</summary>
    public static async Task<RunTarget> StartAsync(LoadProfile profile, int seed, CancellationToken cancellationToken)
    {
        var target = profile.Target;
        if (target.BaseAddress is { } baseAddress)
        {
            var remote = new MessagingClientOptions
            {
                BaseAddress = baseAddress,
                TenantUrl = target.TenantUrl ?? "",
                AppId = target.AppId ?? "",
            };
            remote = WithinOpenFileLimit(remote, embeddedSimulator: false);
            remote.Validate();
            return new RunTarget(remote, null);
        }

        SimulatorHost host;
        try
        {
            host = await SimulatorHost.StartAsync(ToSimulatorOptions(profile.Simulator, seed), cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            // The host checks its settings once; name the profile they came from.
            throw new OptionsValidationException(ex.Problems.Select(problem => $"{profile.SourcePath}: simulator: {problem}").ToList());
        }

        var local = new MessagingClientOptions
        {
            BaseAddress = host.BaseAddress,
            TenantUrl = target.TenantUrl ?? host.TenantUrl,
            AppId = target.AppId ?? host.AppId,
        };
        return new RunTarget(WithinOpenFileLimit(local, embeddedSimulator: true), host);
    }

    private static MessagingClientOptions WithinOpenFileLimit(MessagingClientOptions options, bool embeddedSimulator) => options with
    {
        MaxConnectionsPerServer = SocketBudget.MaxConnections(OpenFileLimit.Current(), embeddedSimulator, options.MaxConnectionsPerServer),
    };

    /// <summary>Maps a profile's simulator section to the simulator's options.</summary>
    public static SimulatorOptions ToSimulatorOptions(EmbeddedSimulatorSettings settings, int seed) => new()
    {
        Agents = settings.Agents,
        ChatsPerAgent = settings.ChatsPerAgent,
        PollHold = settings.PollHold,
        Seed = settings.Seed ?? seed,
        Behavior = new AgentBehaviorOptions
        {
            ThinkTime = DelayDistribution.Uniform(settings.AgentThinkTime.Min, settings.AgentThinkTime.Max),
            ExchangesBeforeEnd = settings.ExchangesPerChat,
        },
        Faults = settings.FaultsFile is { } faults ? FaultPlanLoader.Load(faults) : FaultPlan.None,
    };

    public async ValueTask DisposeAsync()
    {
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}

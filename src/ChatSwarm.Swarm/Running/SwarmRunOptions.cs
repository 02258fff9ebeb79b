using ChatSwarm.Client;
using ChatSwarm.Swarm.Transcripts;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Running;

/// <summary>Everything one run needs. Validated by <see cref="Validate"/> (the runner calls it first).</summary>
public sealed record SwarmRunOptions
{
    /// <summary>The load profile, overrides already applied (required).</summary>
    public required LoadProfile Profile { get; init; }

    /// <summary>The shared API client every customer uses (required; the caller owns and disposes it).</summary>
    public required IMessagingClient Client { get; init; }

    /// <summary>Where the run records its measurements (required; build the report from it afterwards too).</summary>
    public required SwarmMetrics Metrics { get; init; }

    /// <summary>The session mix: at least one script with a positive weight (required).</summary>
    public required IReadOnlyList<SwarmScript> Scripts { get; init; }

    /// <summary>The run's clock. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The run seed, resolved once by the caller (e.g. a flag, else the profile's, else a random one) (required).</summary>
    public required int Seed { get; init; }

    /// <summary>The run id (report id, part of every clientId); null makes one from the start time. Default null.</summary>
    public string? RunId { get; init; }

    /// <summary>How often the control loop starts and ends customers. Default 100 ms.</summary>
    public TimeSpan ControlInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How open-model phases space arrivals. Default <see cref="ArrivalProcess.Uniform"/>.</summary>
    public ArrivalProcess Arrivals { get; init; } = ArrivalProcess.Uniform;

    /// <summary>Share of started customers (at least <see cref="EarlyStopMinimumCustomers"/>) failing with the same setup error that stops the run. Default 0.8.</summary>
    public double EarlyStopFailureShare { get; init; } = 0.8;

    /// <summary>Customers that must have started before the early stop may trigger. Default 10.</summary>
    public int EarlyStopMinimumCustomers { get; init; } = 10;

    /// <summary>The Akka.NET settings a user may tune (dispatcher throughput, Akka's log level, extra HOCON). Default <see cref="ActorSystemOptions"/>'s defaults.</summary>
    public ActorSystemOptions ActorSystem { get; init; } = new();

    /// <summary>Where Akka's own log events go (the run log); null drops them. Default null.</summary>
    public Serilog.ILogger? Log { get; init; }

    /// <summary>Keeps the transcripts of the first failed and the slowest conversations; null keeps none (and buffers no lines). Default null.</summary>
    public TranscriptKeeper? Transcripts { get; init; }

    /// <summary>How the caller's users name the settings that a stop reason's advice points at. Default <see cref="SettingNames.Default"/>.</summary>
    public SettingNames SettingNames { get; init; } = SettingNames.Default;

    /// <summary>This process's share of a run split over several workers. Default <see cref="WorkerShare.Whole"/>.</summary>
    public WorkerShare Share { get; init; } = WorkerShare.Whole;

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line message naming the first invalid setting.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(ActorSystem, nameof(ActorSystem));
        ActorSystem.Validate();
        ArgumentNullException.ThrowIfNull(Profile, nameof(Profile));
        ArgumentNullException.ThrowIfNull(Client, nameof(Client));
        ArgumentNullException.ThrowIfNull(Metrics, nameof(Metrics));
        ArgumentNullException.ThrowIfNull(Scripts, nameof(Scripts));
        ArgumentNullException.ThrowIfNull(Share, nameof(Share));
        if (Share.Validate() is { } shareError)
        {
            throw new ArgumentException($"Share: {shareError}.");
        }

        if (Scripts.Count == 0)
        {
            throw new ArgumentException("Scripts: expected at least one bot script in the session mix.");
        }

        foreach (var script in Scripts)
        {
            if (!(script.Weight > 0) || double.IsInfinity(script.Weight))
            {
                throw new ArgumentException($"Scripts: weight of '{script.Name}' must be a positive number, got {script.Weight}.");
            }
        }

        if (Profile.Phases.Count == 0)
        {
            throw new ArgumentException($"Profile: '{Profile.Name}' has no phases; expected at least one.");
        }

        if (Profile.CustomersPerSupervisor < 1)
        {
            throw new ArgumentException($"Profile.CustomersPerSupervisor: expected at least 1, got {Profile.CustomersPerSupervisor}.");
        }

        if (Profile.GracePeriod < TimeSpan.Zero)
        {
            throw new ArgumentException($"Profile.GracePeriod: expected zero or a positive duration, got {Profile.GracePeriod}.");
        }

        if (Profile.ThresholdCheckInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Profile.ThresholdCheckInterval: expected a positive duration, got {Profile.ThresholdCheckInterval}.");
        }

        if (Profile.Backoff.Validate() is { } backoffError)
        {
            throw new ArgumentException($"Profile.Backoff: {backoffError}.");
        }

        if (ControlInterval <= TimeSpan.Zero || ControlInterval > TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"ControlInterval: expected a duration between 1 ms and 1 s, got {ControlInterval}.");
        }

        if (!(EarlyStopFailureShare > 0 && EarlyStopFailureShare <= 1))
        {
            throw new ArgumentException($"EarlyStopFailureShare: expected a share in (0, 1], got {EarlyStopFailureShare}.");
        }

        if (EarlyStopMinimumCustomers < 1)
        {
            throw new ArgumentException($"EarlyStopMinimumCustomers: expected at least 1, got {EarlyStopMinimumCustomers}.");
        }
    }
}

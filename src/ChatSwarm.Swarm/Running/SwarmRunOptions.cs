using ChatSwarm.Client;
using ChatSwarm.Configuration.Validation;
using ChatSwarm.Swarm.Transcripts;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;

namespace ChatSwarm.Swarm.Running;

/// <summary>Everything one run needs. <see cref="SwarmRunner"/> checks it once with <see cref="Validate"/>.</summary>
public sealed record SwarmRunOptions : IValidatableOptions
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

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="SwarmRunner"/> calls it first.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (Client is null) yield return "Client: expected the shared API client, got null";
        if (Metrics is null) yield return "Metrics: expected the run's metrics, got null";
        if (Scripts is null || Scripts.Count == 0) yield return "Scripts: expected at least one bot script in the session mix";
        foreach (var script in Scripts ?? [])
        {
            if (!(script.Weight > 0) || double.IsInfinity(script.Weight)) yield return $"Scripts: weight of '{script.Name}' must be a positive number, got {script.Weight}";
        }

        foreach (var problem in ProfileProblems()) yield return problem;
        if (TimeProvider is null) yield return "TimeProvider: expected a clock, got null";
        if (ControlInterval <= TimeSpan.Zero || ControlInterval > TimeSpan.FromSeconds(1)) yield return $"ControlInterval: expected a duration between 1 ms and 1 s, got {ControlInterval}";
        if (!(EarlyStopFailureShare > 0 && EarlyStopFailureShare <= 1)) yield return $"EarlyStopFailureShare: expected a share in (0, 1], got {EarlyStopFailureShare}";
        if (EarlyStopMinimumCustomers < 1) yield return $"EarlyStopMinimumCustomers: expected at least 1, got {EarlyStopMinimumCustomers}";
        foreach (var problem in OptionsValidator.Nested(nameof(ActorSystem), ActorSystem)) yield return problem;
        foreach (var problem in OptionsValidator.Nested(nameof(Share), Share)) yield return problem;
    }

    /// <summary>The problems of the profile fields the run itself uses (its mix is <see cref="Scripts"/>, its target is the client).</summary>
    private IEnumerable<string> ProfileProblems()
    {
        if (Profile is null)
        {
            yield return "Profile: expected a load profile, got null";
            yield break;
        }

        if (Profile.Phases is null || Profile.Phases.Count == 0) yield return $"Profile: '{Profile.Name}' has no phases; expected at least one";
        if (Profile.CustomersPerSupervisor < 1) yield return $"Profile.CustomersPerSupervisor: expected at least 1, got {Profile.CustomersPerSupervisor}";
        if (Profile.GracePeriod < TimeSpan.Zero) yield return $"Profile.GracePeriod: expected zero or a positive duration, got {Profile.GracePeriod}";
        if (Profile.ThresholdCheckInterval <= TimeSpan.Zero) yield return $"Profile.ThresholdCheckInterval: expected a positive duration, got {Profile.ThresholdCheckInterval}";
        if (Profile.Backoff is null) yield return "Profile.Backoff: expected settings, got null";
        else foreach (var problem in Profile.Backoff.FindProblems()) yield return "Profile." + problem;
    }
}

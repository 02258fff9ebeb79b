using System.Security.Cryptography.X509Certificates;
using ChatSwarm.Configuration.Validation;
using ChatSwarm.Simulator.Agents;
using ChatSwarm.Simulator.Faults;

namespace ChatSwarm.Simulator;

/// <summary>Settings of a simulated Bright Pattern staging tenant; <see cref="SimulatorHost"/> checks them once with <see cref="Validate"/>.</summary>
public sealed record SimulatorOptions : IValidatableOptions
{
    /// <summary>Number of simulated agents in the pool; default 50.</summary>
    public int Agents { get; init; } = 50;

    /// <summary>Chats one agent handles at the same time; default 3.</summary>
    public int ChatsPerAgent { get; init; } = 3;

    /// <summary>How long Get New Chat Events holds a poll that has no events; default 10 s (the real server holds 5–15 s).</summary>
    public TimeSpan PollHold { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Seed for every random choice (ids, agent behaviour, faults); default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The tenantUrl query value the simulator accepts; any other value is answered 1000; default "sim.chatswarm.local".</summary>
    public string TenantUrl { get; init; } = "sim.chatswarm.local";

    /// <summary>Configured Messaging/Chat scenario entry ids; unknown ones are answered 3000; default ["chatswarm-sim"].</summary>
    public IReadOnlyList<string> AppIds { get; init; } = ["chatswarm-sim"];

    /// <summary>How simulated agents route, talk and end chats; default <see cref="AgentBehaviorOptions"/> defaults.</summary>
    public AgentBehaviorOptions Behavior { get; init; } = new();

    /// <summary>Injected faults; default none.</summary>
    public FaultPlan Faults { get; init; } = FaultPlan.None;

    /// <summary>Clock for every timer in the simulator; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Whether the scenario entry's hours of operation are open (Check Availability says available); default true.</summary>
    public bool OfficeOpen { get; init; } = true;

    /// <summary>Largest accepted upload in bytes, larger ones get 5501; default 25 MB (26,214,400).</summary>
    public long MaxFileBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>How many files the store keeps before replacing the oldest; default 1000.</summary>
    public int MaxStoredFiles { get; init; } = 1000;

    /// <summary>Total bytes the file store keeps before replacing the oldest files; default 1 GiB.</summary>
    public long MaxStoredFileBytes { get; init; } = 1L << 30;

    /// <summary>How long an ended session stays readable (history, case history, files); default 10 minutes.</summary>
    public TimeSpan EndedSessionRetention { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Version string returned by Get Version; default "5.19.0.1 (ChatSwarm simulator)".</summary>
    public string ServerVersion { get; init; } = "5.19.0.1 (ChatSwarm simulator)";

    /// <summary>The certificate https:// listen URLs serve (with its private key); default null (http:// only).</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Connections served at once; further ones are refused while the simulator keeps serving the rest. Default null (unlimited; <c>chatswarm simulate</c> sets it below the open-file limit).</summary>
    public long? MaxConnections { get; init; }

    /// <summary>Receives one line per HTTP request when set; default null (request logging off).</summary>
    public Action<string>? RequestLog { get; init; }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="SimulatorHost"/> calls it when it starts.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (Agents < 0) yield return $"Agents must be 0 or more, got {Agents}";
        if (ChatsPerAgent < 1) yield return $"ChatsPerAgent must be at least 1, got {ChatsPerAgent}";
        if (PollHold <= TimeSpan.Zero || PollHold > TimeSpan.FromMinutes(5)) yield return $"PollHold must be between 1 ms and 5 minutes, got {PollHold}";
        if (string.IsNullOrWhiteSpace(TenantUrl)) yield return "TenantUrl must not be empty";
        if (AppIds is null || AppIds.Count == 0 || AppIds.Any(string.IsNullOrWhiteSpace)) yield return "AppIds must list at least one non-empty app id";
        if (MaxFileBytes < 1) yield return $"MaxFileBytes must be positive, got {MaxFileBytes}";
        if (MaxStoredFiles < 1) yield return $"MaxStoredFiles must be positive, got {MaxStoredFiles}";
        if (MaxStoredFileBytes < 1) yield return $"MaxStoredFileBytes must be positive, got {MaxStoredFileBytes}";
        if (EndedSessionRetention < TimeSpan.Zero) yield return "EndedSessionRetention must not be negative";
        if (string.IsNullOrWhiteSpace(ServerVersion)) yield return "ServerVersion must not be empty";
        if (TimeProvider is null) yield return "TimeProvider must be set";
        if (MaxConnections is < 1) yield return $"MaxConnections must be at least 1, got {MaxConnections}";
        if (Certificate is { HasPrivateKey: false }) yield return "Certificate must include its private key";
        foreach (var problem in OptionsValidator.Nested(nameof(Behavior), Behavior)) yield return problem;
        foreach (var problem in OptionsValidator.Nested(nameof(Faults), Faults)) yield return problem;
    }
}

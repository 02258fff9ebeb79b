namespace ChatSwarm.Reports.Model;

/// <summary>The machine a run executed on.</summary>
public sealed record MachineInfo
{
    /// <summary>Operating system description; default empty.</summary>
    public string Os { get; init; } = "";

    /// <summary>Logical processor count; default 0 (unknown).</summary>
    public int Cores { get; init; }

    /// <summary>.NET runtime version; default empty.</summary>
    public string DotnetVersion { get; init; } = "";

    /// <summary>Describes the current process's machine.</summary>
    public static MachineInfo Current() => new()
    {
        Os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        Cores = Environment.ProcessorCount,
        DotnetVersion = Environment.Version.ToString(),
    };
}

namespace ChatSwarm.Client.Models;

/// <summary>The body of Request Chat.</summary>
public sealed record ChatRequest
{
    /// <summary>Callback phone number, if any (international format).</summary>
    public string? PhoneNumber { get; init; }
    /// <summary>Propagated into the scenario variable <c>$(item.from)</c>.</summary>
    public string? From { get; init; }
    /// <summary>Values of expected parameters, e.g. first_name.</summary>
    public IReadOnlyDictionary<string, string>? Parameters { get; init; }
}

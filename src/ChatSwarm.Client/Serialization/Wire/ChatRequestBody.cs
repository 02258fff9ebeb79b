namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>Request Chat body: <c>{"phone_number", "from", "parameters"}</c>.</summary>
internal sealed class ChatRequestBody
{
    public string? PhoneNumber { get; set; }
    public string? From { get; set; }
    public IReadOnlyDictionary<string, string>? Parameters { get; set; }
}

namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>Request Chat / Get Active Chat response.</summary>
internal sealed class ChatSessionBody
{
    public string? ChatId { get; set; }
    public string? State { get; set; }
    public double? Ewt { get; set; }
    public bool? IsNewChat { get; set; }
    public string? PhoneNumber { get; set; }
}

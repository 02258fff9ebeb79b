namespace ChatSwarm.Client.Models;

/// <summary>One expected chat parameter: its name and type (PHONE, TEXT, EMAIL, FIRST_NAME, LAST_NAME, ACCOUNT, COMPANY, or another string).</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Type">Parameter type as sent by the server.</param>
public sealed record ExpectedParameter(string Name, string Type);

namespace ChatSwarm.Client.Models;

/// <summary>Mobile Notification Subscription's answer: configured services by name with their status (empty for <c>{}</c>).</summary>
/// <param name="Services">Service name to status text.</param>
public sealed record NotificationServices(IReadOnlyDictionary<string, string> Services);

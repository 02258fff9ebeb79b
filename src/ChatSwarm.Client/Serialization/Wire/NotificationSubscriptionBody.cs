namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>Mobile Notification Subscription body; all fields absent (<c>{}</c>) cancels the subscription.</summary>
internal sealed class NotificationSubscriptionBody
{
    public string? IosApnsDeviceToken { get; set; }
    public string? IosAppBundleId { get; set; }
    public string? IosFirebaseDeviceToken { get; set; }
    public string? AndroidFirebaseDeviceToken { get; set; }
}

namespace ChatSwarm.Client.Models;

/// <summary>The body of Mobile Notification Subscription; all null unsubscribes (<c>{}</c>).</summary>
public sealed record NotificationSubscription
{
    /// <summary>iOS native APNs device token.</summary>
    public string? IosApnsDeviceToken { get; init; }
    /// <summary>iOS app bundle id (APNs topic), required with an APNs token.</summary>
    public string? IosAppBundleId { get; init; }
    /// <summary>iOS Firebase token.</summary>
    public string? IosFirebaseDeviceToken { get; init; }
    /// <summary>Android Firebase token.</summary>
    public string? AndroidFirebaseDeviceToken { get; init; }
}

using System.Globalization;
using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Running;

/// <summary>The one-line message of a run stopped because most customers failed with the same setup error.</summary>
internal static class SetupFailureAdvice
{
    public static string Describe(ApiErrorCode code, SettingNames names) =>
        string.Create(CultureInfo.InvariantCulture, $"most customers failed with {(int)code} {code.GetName()}: {Hint(code, names)}");

    private static string Hint(ApiErrorCode code, SettingNames names) => code switch
    {
        ApiErrorCode.MissingTenantUrl => $"check {names.TenantUrl}",
        ApiErrorCode.MissingAuthorization or ApiErrorCode.BadAuthorizationFormat or ApiErrorCode.BadAuthorizationScheme =>
            $"the target rejected the Authorization header; check {names.BaseAddress} points at the Messaging API",
        ApiErrorCode.MissingClientId => "the target did not accept the clientId",
        _ => $"check {names.AppId}",
    };
}

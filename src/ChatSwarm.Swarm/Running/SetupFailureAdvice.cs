using System.Globalization;
using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Running;

/// <summary>The one-line message of a run stopped because most customers failed with the same setup error.</summary>
internal static class SetupFailureAdvice
{
    public static string Describe(ApiErrorCode code) =>
        string.Create(CultureInfo.InvariantCulture, $"most customers failed with {(int)code} {code.GetName()}: {Hint(code)}");

    private static string Hint(ApiErrorCode code) => code switch
    {
        ApiErrorCode.MissingTenantUrl => "check --tenant-url (or CHATSWARM_TENANT_URL)",
        ApiErrorCode.MissingAuthorization or ApiErrorCode.BadAuthorizationFormat or ApiErrorCode.BadAuthorizationScheme =>
            "the target rejected the Authorization header; check --tenant points at the Messaging API",
        ApiErrorCode.MissingClientId => "the target did not accept the clientId",
        _ => "check --app-id (or CHATSWARM_APP_ID)",
    };
}

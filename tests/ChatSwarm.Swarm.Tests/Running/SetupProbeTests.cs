using ChatSwarm.Client;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Swarm.Tests.Running;

public sealed class SetupProbeTests
{
    private static readonly Uri Target = new("https://user:secret@tenant.example.com:8443/?token=t");
    private static readonly MessagingClientOptions Options = new() { BaseAddress = Target, TenantUrl = "tenant.example.com", AppId = "app" };

    [Theory]
    [InlineData(ApiErrorCode.ConnectionRefused, "", "nothing is listening at https://tenant.example.com:8443/ (connection refused)")]
    [InlineData(ApiErrorCode.NameResolutionFailed, "Name or service not known", "the host name 'tenant.example.com' could not be resolved (DNS)")]
    [InlineData(ApiErrorCode.TlsFailure, "The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", "is not trusted")]
    [InlineData(ApiErrorCode.TlsFailure, "The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch", "does not match the host name 'tenant.example.com'")]
    [InlineData(ApiErrorCode.TlsFailure, "Cannot determine the frame size or a corrupted frame was received.", "if the tenant serves plain HTTP, use an http:// BaseAddress URL")]
    [InlineData(ApiErrorCode.InvalidApplication, "", "3000 invalid_application: check AppId")]
    [InlineData(ApiErrorCode.MissingTenantUrl, "", "check TenantUrl")]
    [InlineData(ApiErrorCode.HttpNotFound, "", "does not look like the Messaging API v2")]
    [InlineData(ApiErrorCode.LocalResourceExhausted, "", "ulimit -n")]
    public void Classify_SetupFailure_OneLineNamingTheCauseWithoutSecrets(ApiErrorCode code, string message, string expected)
    {
        var reason = SetupProbe.Classify(ApiError.From(code, message, 404), Target, Options, SettingNames.Default);

        Assert.NotNull(reason);
        Assert.Contains(expected, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("token", reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reason);
    }

    [Theory]
    [InlineData(ApiErrorCode.ConnectionRefused, "", "check the-url and that the tenant (or start-a-simulator) is running")]
    [InlineData(ApiErrorCode.TlsFailure, "The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", "pass the staging CA with the-ca (or, for a throwaway test only, no-checks)")]
    [InlineData(ApiErrorCode.HttpForbidden, "", "check the-url and the-proxy")]
    [InlineData(ApiErrorCode.InvalidApplication, "", "check the-app")]
    [InlineData(ApiErrorCode.MissingTenantUrl, "", "check the-tenant")]
    public void Classify_CallersNames_TheAdviceNamesThem(ApiErrorCode code, string message, string expected)
    {
        var names = new SettingNames { BaseAddress = "the-url", TenantUrl = "the-tenant", AppId = "the-app", TrustedAuthority = "the-ca", SkipVerification = "no-checks", Proxy = "the-proxy", Simulator = "start-a-simulator" };

        var reason = SetupProbe.Classify(ApiError.From(code, message, 403), Target, Options, names);

        Assert.EndsWith(expected, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApiErrorCode.NoChatServerAvailable)]
    [InlineData(ApiErrorCode.ChatServerTimeout)]
    [InlineData(ApiErrorCode.HttpServiceUnavailable)]
    [InlineData(ApiErrorCode.TransportTimeout)]
    public void Classify_TransientServerError_LetsTheRunStart(ApiErrorCode code)
    {
        Assert.Null(SetupProbe.Classify(ApiError.From(code), Target, Options, SettingNames.Default));
    }
}

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
    [InlineData(ApiErrorCode.TlsFailure, "Cannot determine the frame size or a corrupted frame was received.", "if the tenant serves plain HTTP, use an http:// --tenant URL")]
    [InlineData(ApiErrorCode.InvalidApplication, "", "3000 invalid_application: check --app-id")]
    [InlineData(ApiErrorCode.MissingTenantUrl, "", "check --tenant-url")]
    [InlineData(ApiErrorCode.HttpNotFound, "", "does not look like the Messaging API v2")]
    [InlineData(ApiErrorCode.LocalResourceExhausted, "", "ulimit -n")]
    public void Classify_SetupFailure_OneLineNamingTheCauseWithoutSecrets(ApiErrorCode code, string message, string expected)
    {
        var reason = SetupProbe.Classify(ApiError.From(code, message, 404), Target, Options);

        Assert.NotNull(reason);
        Assert.Contains(expected, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("token", reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reason);
    }

    [Theory]
    [InlineData(ApiErrorCode.NoChatServerAvailable)]
    [InlineData(ApiErrorCode.ChatServerTimeout)]
    [InlineData(ApiErrorCode.HttpServiceUnavailable)]
    [InlineData(ApiErrorCode.TransportTimeout)]
    public void Classify_TransientServerError_LetsTheRunStart(ApiErrorCode code)
    {
        Assert.Null(SetupProbe.Classify(ApiError.From(code), Target, Options));
    }
}

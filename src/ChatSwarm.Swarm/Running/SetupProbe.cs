using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Running;

/// <summary>
/// The check before a run spawns customers: one Check Availability call with the run's client. A target that cannot
/// work (nothing listening, unknown host, untrusted or mismatched certificate, plain HTTP where HTTPS was asked, wrong
/// appId or tenantUrl, not the Messaging API) is named in one line instead of being retried by every customer.
/// Transient server errors (5000, 5001, 503) prove the target answers and let the run start.
/// </summary>
public static class SetupProbe
{
    /// <summary>Attempts before a connection-level failure is believed (a tenant restarting gets a second chance).</summary>
    public const int Attempts = 3;

    /// <summary>Probes the target; returns the one-line reason it cannot work, or null when the run may start.</summary>
    /// <param name="client">The run's client (its TLS, proxy and credentials are what is checked).</param>
    /// <param name="clientId">The clientId for the probe (not one of the customers').</param>
    /// <param name="names">How the caller's users name the settings the advice points at.</param>
    /// <param name="timeProvider">Clock for the pause between attempts.</param>
    /// <param name="cancellationToken">Stops the probe.</param>
    /// <returns>The reason, or null.</returns>
    public static async Task<string?> ProbeAsync(IMessagingClient client, string clientId, SettingNames names, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? failure = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var result = await client.CheckAvailabilityAsync(clientId, cancellationToken).ConfigureAwait(false);
            failure = result.IsSuccess ? null : Classify(result.Error!, client.Options.BaseAddress, client.Options, names);
            if (failure is null || !IsWorthRetrying(result.Error!.Code))
            {
                return failure;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(300 * attempt), timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return failure;
    }

    /// <summary>The one-line reason a probe failure means the run cannot work, or null when it may start anyway.</summary>
    /// <param name="error">The probe's error.</param>
    /// <param name="target">The target URL (shown without secrets).</param>
    /// <param name="options">The client's settings (for the advice).</param>
    /// <param name="names">How the caller's users name the settings the advice points at.</param>
    /// <returns>The reason, or null.</returns>
    public static string? Classify(ApiError error, Uri target, MessagingClientOptions options, SettingNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var shown = SafeUrl.Display(target);
        var host = target.IsAbsoluteUri ? target.Authority : shown;
        var message = error.Message ?? "";
        return error.Code switch
        {
            ApiErrorCode.ConnectionRefused =>
                $"nothing is listening at {shown} (connection refused); check {names.BaseAddress} and that the tenant (or {names.Simulator}) is running",
            ApiErrorCode.NameResolutionFailed =>
                $"the host name '{target.Host}' could not be resolved (DNS); check {names.BaseAddress}",
            ApiErrorCode.TlsFailure => DescribeTls(message, host, target, options, names),
            ApiErrorCode.LocalResourceExhausted =>
                "this process ran out of open files before the run started; raise the limit (ulimit -n) or split the run over several processes",
            ApiErrorCode.HttpNotFound or ApiErrorCode.HttpNotAcceptable or ApiErrorCode.HttpBadRequest =>
                $"{shown} answered HTTP {error.HttpStatus} to Check Availability: it does not look like the Messaging API v2; check {names.BaseAddress}",
            ApiErrorCode.HttpForbidden =>
                $"{shown} answered HTTP 403 to Check Availability (a proxy or firewall refusing the request?); check {names.BaseAddress} and {names.Proxy}",
            ApiErrorCode.MalformedResponse =>
                $"{shown} answered Check Availability with something that is not the Messaging API's JSON; check {names.BaseAddress}",
            _ when error.Code.IsAuthenticationFailure() => SetupFailureAdvice.Describe(error.Code, names).Replace("most customers failed", "the tenant refused the run's credentials", StringComparison.Ordinal),
            _ => null,
        };
    }

    private static bool IsWorthRetrying(ApiErrorCode code) => code is ApiErrorCode.ConnectionRefused or ApiErrorCode.NameResolutionFailed;

    private static string DescribeTls(string message, string host, Uri target, MessagingClientOptions options, SettingNames names)
    {
        if (message.Contains("NameMismatch", StringComparison.OrdinalIgnoreCase))
        {
            return $"the TLS certificate of {host} does not match the host name '{target.Host}'; use the name the certificate was issued for";
        }

        if (message.Contains("certificate", StringComparison.OrdinalIgnoreCase))
        {
            var way = options.TrustedCertificateAuthority is null
                ? $"pass the staging CA with {names.TrustedAuthority} (or, for a throwaway test only, {names.SkipVerification})"
                : $"the certificate does not chain to the authority given with {names.TrustedAuthority}; check the file";
            return $"the TLS certificate of {host} is not trusted ({OneLine(message)}); {way}";
        }

        return $"the TLS handshake with {host} failed ({OneLine(message)}); if the tenant serves plain HTTP, use an http:// {names.BaseAddress} URL";
    }

    private static string OneLine(string text)
    {
        var newline = text.IndexOfAny(['\r', '\n']);
        return (newline < 0 ? text : text[..newline]).TrimEnd('.');
    }
}

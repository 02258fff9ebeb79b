using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace ChatSwarm.Client.Http;

/// <summary>
/// Certificate checks with an extra trusted authority (<see cref="MessagingClientOptions.TrustedCertificateAuthority"/>): the name must still match; a chain the
/// system does not trust is accepted only when it builds to the given authority.
/// </summary>
internal static class CertificateTrust
{
    public static bool IsTrusted(X509Certificate2 authority, X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A wrong name or a missing certificate is never excused by a trusted authority. Throwing (rather than
        // returning false) keeps the reason in the failure the caller sees, instead of "rejected by the callback".
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            throw new AuthenticationException($"The remote certificate is invalid: {errors & ~SslPolicyErrors.RemoteCertificateChainErrors}");
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        if (chain.Build(leaf))
        {
            return true;
        }

        var status = string.Join(", ", chain.ChainStatus.Select(s => s.Status).Distinct());
        throw new AuthenticationException($"The remote certificate is invalid because of errors in the certificate chain even with the extra trusted authority: {status}");
    }
}

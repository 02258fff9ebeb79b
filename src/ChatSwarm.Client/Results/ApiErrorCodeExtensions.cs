namespace ChatSwarm.Client;

/// <summary>Names, documented messages and transience of <see cref="ApiErrorCode"/> values.</summary>
public static class ApiErrorCodeExtensions
{
    /// <summary>Whether a retry after backoff may succeed (5000, 5001, 5004, 5955, 429, 503 and transport faults); TLS failures and local resource exhaustion are not.</summary>
    public static bool IsTransient(this ApiErrorCode code) => code switch
    {
        ApiErrorCode.ChatServerTimeout or ApiErrorCode.NoChatServerAvailable or ApiErrorCode.ChatServerDisconnected
            or ApiErrorCode.UnspecifiedServerError or ApiErrorCode.HttpTooManyRequests or ApiErrorCode.HttpServiceUnavailable
            or ApiErrorCode.TransportTimeout or ApiErrorCode.ConnectionRefused or ApiErrorCode.ConnectionReset
            or ApiErrorCode.TransportFailure or ApiErrorCode.NameResolutionFailed => true,
        _ => false,
    };

    /// <summary>Whether the code means the credentials or launch point are wrong (1000, 2000–2004, 3000, 5006): no retry can help.</summary>
    public static bool IsAuthenticationFailure(this ApiErrorCode code) => code is ApiErrorCode.MissingTenantUrl
        or ApiErrorCode.MissingAuthorization or ApiErrorCode.BadAuthorizationFormat or ApiErrorCode.BadAuthorizationScheme
        or ApiErrorCode.MissingAppId or ApiErrorCode.MissingClientId or ApiErrorCode.InvalidApplication
        or ApiErrorCode.LaunchPointNotFound;

    /// <summary>The stable snake_case name of the code, e.g. <c>no_chat_server_available</c>; <c>error_NNNN</c> for unlisted codes.</summary>
    public static string GetName(this ApiErrorCode code) => code switch
    {
        ApiErrorCode.MissingTenantUrl => "missing_tenant_url",
        ApiErrorCode.MissingAuthorization => "missing_authorization",
        ApiErrorCode.BadAuthorizationFormat => "bad_authorization_format",
        ApiErrorCode.BadAuthorizationScheme => "bad_authorization_scheme",
        ApiErrorCode.MissingAppId => "missing_app_id",
        ApiErrorCode.MissingClientId => "missing_client_id",
        ApiErrorCode.InvalidApplication => "invalid_application",
        ApiErrorCode.ChatServerTimeout => "chat_server_timeout",
        ApiErrorCode.NoChatServerAvailable => "no_chat_server_available",
        ApiErrorCode.BadJsonRequest => "bad_json_request",
        ApiErrorCode.ChatServerDisconnected => "chat_server_disconnected",
        ApiErrorCode.ChatSessionNotFound => "chat_session_not_found",
        ApiErrorCode.LaunchPointNotFound => "launch_point_not_found",
        ApiErrorCode.InternalServerError => "internal_server_error",
        ApiErrorCode.UploadSizeLimitExceeded => "upload_size_limit_exceeded",
        ApiErrorCode.FileNotFound => "file_not_found",
        ApiErrorCode.ConcurrentPoll => "concurrent_poll",
        ApiErrorCode.NoEvents => "no_events",
        ApiErrorCode.FileOperationError => "file_operation_error",
        ApiErrorCode.UnspecifiedServerError => "unspecified_server_error",
        ApiErrorCode.NoCaseSpecified => "no_case_specified",
        ApiErrorCode.CrmServerError => "crm_server_error",
        ApiErrorCode.TooManyParameters => "too_many_parameters",
        ApiErrorCode.HttpBadRequest => "http_bad_request",
        ApiErrorCode.HttpForbidden => "http_forbidden",
        ApiErrorCode.HttpNotFound => "http_not_found",
        ApiErrorCode.HttpNotAcceptable => "http_not_acceptable",
        ApiErrorCode.HttpTooManyRequests => "http_too_many_requests",
        ApiErrorCode.HttpInternalServerError => "http_internal_server_error",
        ApiErrorCode.HttpServiceUnavailable => "http_service_unavailable",
        ApiErrorCode.HttpOther => "http_error",
        ApiErrorCode.TransportTimeout => "transport_timeout",
        ApiErrorCode.ConnectionRefused => "connection_refused",
        ApiErrorCode.ConnectionReset => "connection_reset",
        ApiErrorCode.TransportFailure => "transport_failure",
        ApiErrorCode.NameResolutionFailed => "name_resolution_failed",
        ApiErrorCode.TlsFailure => "tls_failure",
        ApiErrorCode.LocalResourceExhausted => "local_resource_exhausted",
        ApiErrorCode.MalformedResponse => "malformed_response",
        ApiErrorCode.InvalidRequest => "invalid_request",
        _ => "error_" + ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The message the API reference gives for the code (or a plain description for non-API codes).</summary>
    public static string GetDescription(this ApiErrorCode code) => code switch
    {
        ApiErrorCode.MissingTenantUrl => "Missing or invalid tenantUrl",
        ApiErrorCode.MissingAuthorization => "Authorization header is missing",
        ApiErrorCode.BadAuthorizationFormat => "Authorization parameter format is incorrect",
        ApiErrorCode.BadAuthorizationScheme => "Authorization scheme is incorrect",
        ApiErrorCode.MissingAppId => "Authorization parameter is missing: appId",
        ApiErrorCode.MissingClientId => "Authorization parameter is missing: clientId",
        ApiErrorCode.InvalidApplication => "Missing or invalid application unique id",
        ApiErrorCode.ChatServerTimeout => "Timeout - chat server takes too long to respond",
        ApiErrorCode.NoChatServerAvailable => "No server is available to accept chat connection",
        ApiErrorCode.BadJsonRequest => "Error decoding JSON request body",
        ApiErrorCode.ChatServerDisconnected => "Chat server disconnected",
        ApiErrorCode.ChatSessionNotFound => "Chat session is not found",
        ApiErrorCode.LaunchPointNotFound => "Mobile Launch Point (application) is not found",
        ApiErrorCode.InternalServerError => "Internal server error",
        ApiErrorCode.UploadSizeLimitExceeded => "Upload size limit exceeded",
        ApiErrorCode.FileNotFound => "File not found",
        ApiErrorCode.ConcurrentPoll => "Too many concurrent poll requests for the same session",
        ApiErrorCode.NoEvents => "No events",
        ApiErrorCode.FileOperationError => "File operation error",
        ApiErrorCode.UnspecifiedServerError => "Unspecified server error",
        ApiErrorCode.NoCaseSpecified => "No case is specified for this session.",
        ApiErrorCode.CrmServerError => "CRM server responded with error.",
        ApiErrorCode.TooManyParameters => "Too many parameters.",
        ApiErrorCode.HttpBadRequest => "Bad request",
        ApiErrorCode.HttpForbidden => "Forbidden",
        ApiErrorCode.HttpNotFound => "Not found",
        ApiErrorCode.HttpNotAcceptable => "Not acceptable",
        ApiErrorCode.HttpTooManyRequests => "Too many requests",
        ApiErrorCode.HttpInternalServerError => "Internal server error",
        ApiErrorCode.HttpServiceUnavailable => "Service unavailable",
        ApiErrorCode.HttpOther => "Unexpected HTTP status",
        ApiErrorCode.TransportTimeout => "The request timed out",
        ApiErrorCode.ConnectionRefused => "Connection refused",
        ApiErrorCode.ConnectionReset => "Connection reset",
        ApiErrorCode.TransportFailure => "Network failure",
        ApiErrorCode.NameResolutionFailed => "Host name not found",
        ApiErrorCode.TlsFailure => "TLS handshake failed",
        ApiErrorCode.LocalResourceExhausted => "Too many open files in this process (raise ulimit -n or split the run over several processes)",
        ApiErrorCode.MalformedResponse => "Malformed response body",
        ApiErrorCode.InvalidRequest => "Invalid request",
        _ => "Server error " + ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

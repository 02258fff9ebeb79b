namespace ChatSwarm.Client;

/// <summary>
/// Every failure a call can end in: the API's <c>error_code</c> values (as documented), HTTP statuses that
/// arrive without an API error body, and transport faults. Unlisted API codes keep their numeric value.
/// </summary>
public enum ApiErrorCode
{
    /// <summary>1000 Missing or invalid tenantUrl.</summary>
    MissingTenantUrl = 1000,
    /// <summary>2000 Authorization header is missing.</summary>
    MissingAuthorization = 2000,
    /// <summary>2001 Authorization parameter format is incorrect.</summary>
    BadAuthorizationFormat = 2001,
    /// <summary>2002 Authorization scheme is incorrect.</summary>
    BadAuthorizationScheme = 2002,
    /// <summary>2003 Authorization parameter is missing: appId.</summary>
    MissingAppId = 2003,
    /// <summary>2004 Authorization parameter is missing: clientId.</summary>
    MissingClientId = 2004,
    /// <summary>3000 Missing or invalid application unique id.</summary>
    InvalidApplication = 3000,
    /// <summary>5000 Timeout - chat server takes too long to respond.</summary>
    ChatServerTimeout = 5000,
    /// <summary>5001 No server is available to accept chat connection.</summary>
    NoChatServerAvailable = 5001,
    /// <summary>5003 Error decoding JSON request body.</summary>
    BadJsonRequest = 5003,
    /// <summary>5004 Chat server disconnected.</summary>
    ChatServerDisconnected = 5004,
    /// <summary>5005 Chat session is not found.</summary>
    ChatSessionNotFound = 5005,
    /// <summary>5006 Mobile Launch Point (application) is not found.</summary>
    LaunchPointNotFound = 5006,
    /// <summary>5500 Internal server error.</summary>
    InternalServerError = 5500,
    /// <summary>5501 Upload size limit exceeded.</summary>
    UploadSizeLimitExceeded = 5501,
    /// <summary>5502 File not found.</summary>
    FileNotFound = 5502,
    /// <summary>5509 Too many concurrent poll requests for the same session.</summary>
    ConcurrentPoll = 5509,
    /// <summary>5511 No events.</summary>
    NoEvents = 5511,
    /// <summary>5558 File operation error.</summary>
    FileOperationError = 5558,
    /// <summary>5955 Unspecified server error.</summary>
    UnspecifiedServerError = 5955,
    /// <summary>5601 No case is specified for this session.</summary>
    NoCaseSpecified = 5601,
    /// <summary>5602 CRM server responded with error.</summary>
    CrmServerError = 5602,
    /// <summary>5603 Too many parameters.</summary>
    TooManyParameters = 5603,

    /// <summary>HTTP 400 without an API error body.</summary>
    HttpBadRequest = 400,
    /// <summary>HTTP 403 without an API error body.</summary>
    HttpForbidden = 403,
    /// <summary>HTTP 404 without an API error body.</summary>
    HttpNotFound = 404,
    /// <summary>HTTP 406 without an API error body.</summary>
    HttpNotAcceptable = 406,
    /// <summary>HTTP 429 Too many requests.</summary>
    HttpTooManyRequests = 429,
    /// <summary>HTTP 500 without an API error body.</summary>
    HttpInternalServerError = 500,
    /// <summary>HTTP 503 Service unavailable.</summary>
    HttpServiceUnavailable = 503,
    /// <summary>Any other non-success HTTP status without an API error body.</summary>
    HttpOther = 599,

    /// <summary>The request did not complete within the client's timeout.</summary>
    TransportTimeout = 9001,
    /// <summary>The server refused the TCP connection.</summary>
    ConnectionRefused = 9002,
    /// <summary>The connection was reset or closed mid-request.</summary>
    ConnectionReset = 9003,
    /// <summary>Any other network or protocol failure.</summary>
    TransportFailure = 9004,
    /// <summary>The tenant's host name could not be resolved (DNS).</summary>
    NameResolutionFailed = 9005,
    /// <summary>The TLS handshake failed: an untrusted or mismatched certificate, or a server that does not speak TLS.</summary>
    TlsFailure = 9006,
    /// <summary>This process ran out of a local resource (file descriptors: "Too many open files"); not a server fault.</summary>
    LocalResourceExhausted = 9300,
    /// <summary>A 2xx response whose body could not be read as the method's documented shape.</summary>
    MalformedResponse = 9100,
    /// <summary>The request was refused by the client before sending (e.g. a file over the 25 MB limit is reported as <see cref="UploadSizeLimitExceeded"/> instead; this is for other invalid arguments).</summary>
    InvalidRequest = 9200,
}

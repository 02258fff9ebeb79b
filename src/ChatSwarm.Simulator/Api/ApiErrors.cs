namespace ChatSwarm.Simulator.Api;

/// <summary>The Messaging API error codes and messages as documented, with the HTTP status the simulator answers with.</summary>
internal static class ApiErrors
{
    public const int MissingTenant = 1000;
    public const int MissingAuthorization = 2000;
    public const int BadAuthorizationFormat = 2001;
    public const int BadAuthorizationScheme = 2002;
    public const int MissingAppId = 2003;
    public const int MissingClientId = 2004;
    public const int UnknownAppId = 3000;
    public const int ChatServerTimeout = 5000;
    public const int NoChatServer = 5001;
    public const int BadJson = 5003;
    public const int ChatServerDisconnected = 5004;
    public const int SessionNotFound = 5005;
    public const int InternalError = 5500;
    public const int UploadTooLarge = 5501;
    public const int FileNotFound = 5502;
    public const int ConcurrentPoll = 5509;
    public const int FileOperation = 5558;
    public const int NoCase = 5601;
    public const int TooManyParameters = 5603;

    public static string Message(int code) => code switch
    {
        MissingTenant => "Missing or invalid tenantUrl",
        MissingAuthorization => "Authorization header is missing",
        BadAuthorizationFormat => "Authorization parameter format is incorrect",
        BadAuthorizationScheme => "Authorization scheme is incorrect",
        MissingAppId => "Authorization parameter is missing: appId",
        MissingClientId => "Authorization parameter is missing: clientId",
        UnknownAppId => "Missing or invalid application unique id",
        ChatServerTimeout => "Timeout - chat server takes too long to respond",
        NoChatServer => "No server is available to accept chat connection",
        ChatServerDisconnected => "Chat server disconnected",
        SessionNotFound => "Chat session is not found",
        InternalError => "Internal server error (injected)",
        UploadTooLarge => "Upload size limit exceeded",
        FileNotFound => "File not found",
        ConcurrentPoll => "Too many concurrent poll requests for the same session",
        NoCase => "No case is specified for this session.",
        TooManyParameters => "Too many parameters.",
        _ => "Unspecified server error",
    };
}

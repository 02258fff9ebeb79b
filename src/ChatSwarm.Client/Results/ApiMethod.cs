namespace ChatSwarm.Client;

/// <summary>The sixteen methods of the Messaging API v2; used to name steps in metrics and errors.</summary>
public enum ApiMethod
{
    /// <summary>GET /availability.</summary>
    CheckAvailability,
    /// <summary>GET /parameters.</summary>
    ExpectedParameters,
    /// <summary>POST /chats.</summary>
    RequestChat,
    /// <summary>POST /chats/{chatId}/notifications.</summary>
    NotificationSubscription,
    /// <summary>GET /chats/active.</summary>
    GetActiveChat,
    /// <summary>POST /chats/{chatId}/events.</summary>
    SendEvents,
    /// <summary>GET /chats/{chatId}/history.</summary>
    GetChatHistory,
    /// <summary>GET /chats/{chatId}/events (long poll).</summary>
    GetNewChatEvents,
    /// <summary>POST /files (multipart).</summary>
    UploadFile,
    /// <summary>GET /chats/{chatId}/files/{fileId}.</summary>
    GetFile,
    /// <summary>GET /chats/{chatId}/profilephotos/{partyId}.</summary>
    GetAgentProfilePhoto,
    /// <summary>GET /iceservers.</summary>
    GetIceServers,
    /// <summary>GET /configuration.</summary>
    GetChatWidgetConfiguration,
    /// <summary>GET /casehistory.</summary>
    GetCaseHistory,
    /// <summary>POST /closecase.</summary>
    CloseCase,
    /// <summary>GET /version.</summary>
    GetVersion,
}

namespace ChatSwarm.Simulator.Faults;

/// <summary>The 16 Messaging API v2 methods, as named in fault plans (snake_case in YAML, e.g. get_new_chat_events).</summary>
public enum ApiMethod
{
    /// <summary>GET availability.</summary>
    CheckAvailability,

    /// <summary>GET parameters.</summary>
    ExpectedParameters,

    /// <summary>POST chats.</summary>
    RequestChat,

    /// <summary>POST chats/{chatId}/notifications.</summary>
    NotificationSubscription,

    /// <summary>GET chats/active.</summary>
    GetActiveChat,

    /// <summary>POST chats/{chatId}/events.</summary>
    SendEvents,

    /// <summary>GET chats/{chatId}/history.</summary>
    GetChatHistory,

    /// <summary>GET chats/{chatId}/events.</summary>
    GetNewChatEvents,

    /// <summary>POST files.</summary>
    UploadFile,

    /// <summary>GET chats/{chatId}/files/{fileId}.</summary>
    GetFile,

    /// <summary>GET chats/{chatId}/profilephotos/{partyId}.</summary>
    GetProfilePhoto,

    /// <summary>GET iceservers.</summary>
    GetIceServers,

    /// <summary>GET configuration.</summary>
    GetWidgetConfiguration,

    /// <summary>GET casehistory.</summary>
    GetCaseHistory,

    /// <summary>POST closecase.</summary>
    CloseCase,

    /// <summary>GET version.</summary>
    GetVersion,
}

namespace ChatSwarm.Simulator.Faults;

/// <summary>The 16 Messaging API v2 methods, as named in fault plans (snake_case in YAML, e.g. get_new_chat_events).</summary>
/// <remarks>
/// Deliberately not ChatSwarm.Client.ApiMethod: the simulator is the independent implementation the client is
/// tested against, so it declares the methods it serves from the API reference rather than from the client's code
/// (the simulator does not reference the client at all). A method the client renames or drops then shows up as a
/// failing test instead of silently changing what the simulator serves. Only the vocabulary is shared: both read
/// and write the same snake_case names through ChatSwarm.Configuration.Naming.SnakeCaseNames.
/// </remarks>
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

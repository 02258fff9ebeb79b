namespace ChatSwarm.Simulator.AgentDesktop;

/// <summary>Agent Desktop API ResultErrorCodes (agent-desktop-api.txt); the numeric value is the wire code.</summary>
public enum AgentErrorCode
{
    /// <summary>not_enough_privileges.</summary>
    NotEnoughPrivileges = 1,

    /// <summary>not_logged_in.</summary>
    NotLoggedIn = 2,

    /// <summary>invalid_args.</summary>
    InvalidArgs = 3,

    /// <summary>logged_without_phone.</summary>
    LoggedWithoutPhone = 4,

    /// <summary>banned.</summary>
    Banned = 5,

    /// <summary>api_not_answer.</summary>
    ApiNotAnswer = 6,

    /// <summary>invalid_request.</summary>
    InvalidRequest = 7,

    /// <summary>timeout.</summary>
    Timeout = 8,

    /// <summary>no_chat_in_service.</summary>
    NoChatInService = 9,

    /// <summary>empty_number.</summary>
    EmptyNumber = 10,

    /// <summary>no_service.</summary>
    NoService = 11,

    /// <summary>self_call.</summary>
    SelfCall = 12,

    /// <summary>no_interaction.</summary>
    NoInteraction = 13,

    /// <summary>api_method_not_implemented.</summary>
    ApiMethodNotImplemented = 14,

    /// <summary>not_suitable_state.</summary>
    NotSuitableState = 15,

    /// <summary>no_disposition.</summary>
    NoDisposition = 16,

    /// <summary>object_not_found.</summary>
    ObjectNotFound = 17,

    /// <summary>unknown_error.</summary>
    UnknownError = 99,
}

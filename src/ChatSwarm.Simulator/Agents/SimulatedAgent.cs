namespace ChatSwarm.Simulator.Agents;

/// <summary>Whether an agent is logged in and taking chats.</summary>
public enum AgentStatus
{
    /// <summary>Logged in and taking chats.</summary>
    Ready,

    /// <summary>Logged in but not taking new chats.</summary>
    NotReady,

    /// <summary>Logged out: offline, takes no chats or calls.</summary>
    LoggedOut,
}

/// <summary>One simulated agent; mutable fields are guarded by the <see cref="AgentPool"/> lock.</summary>
internal sealed class SimulatedAgent
{
    public SimulatedAgent(int id, string firstName, string lastName, string extension)
    {
        Id = id;
        FirstName = firstName;
        LastName = lastName;
        DisplayName = $"{firstName} {lastName[0]}.";
        Extension = extension;
    }

    public int Id { get; }

    public string FirstName { get; }

    public string LastName { get; }

    public string DisplayName { get; }

    /// <summary>The agent's own phone number, used to detect startCall self_call.</summary>
    public string Extension { get; }

    public AgentStatus Status { get; set; } = AgentStatus.Ready;

    public int ActiveChats { get; set; }

    public bool Calling { get; set; }

    public int Handled { get; set; }

    public byte[] Photo => _photo ??= Files.ProfilePhoto.Create(Id);

    private byte[]? _photo;
}

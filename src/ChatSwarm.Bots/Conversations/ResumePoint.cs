using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Conversations;

/// <summary>What a resumed session's history says about its conversation: where the main steps stand and what is still unanswered.</summary>
internal sealed class ResumePoint
{
    /// <summary>The first main step the history does not show as done.</summary>
    public int StepIndex { get; set; }

    /// <summary>How many main steps the history shows the customer did (say, navigate, location, send_file, disconnect, end).</summary>
    public int StepsFound { get; set; }

    /// <summary>A disconnect the history shows sent whose survey is not answered yet: the conversation waits in it again.</summary>
    public DisconnectStep? Survey { get; set; }

    /// <summary>For <see cref="Survey"/>: how many forms had been shown before the disconnect.</summary>
    public int SurveyFormMark { get; set; }

    /// <summary>Forms shown but not answered, with their number in the chat, in the order shown.</summary>
    public List<(FormShowEvent Form, int Number)> PendingForms { get; } = [];

    /// <summary>Secure forms shown but neither filled nor cancelled, in the order shown.</summary>
    public List<SecureFormShowEvent> PendingSecureForms { get; } = [];

    /// <summary>Whether the last inactivity warning came after the customer's last message.</summary>
    public bool TimeoutWarningUnanswered { get; set; }

    /// <summary>Why the chat is already over, or null while it goes on.</summary>
    public string? EndedReason { get; set; }
}

using ChatSwarm.Configuration.Timing;
using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Simulator.Agents;

/// <summary>How simulated agents route, talk and end chats; all random choices come from the simulator seed.</summary>
public sealed record AgentBehaviorOptions : IValidatableOptions
{
    /// <summary>Whether agents greet, reply, show forms and end chats on their own; when false they only join and wait for the agent-control API; default true.</summary>
    public bool Autonomous { get; init; } = true;

    /// <summary>Time a new chat spends in the ivr state before it is queued; default 500 ms.</summary>
    public TimeSpan IvrDuration { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Time a chat spends connecting after an agent is picked; default 500 ms.</summary>
    public TimeSpan ConnectingDuration { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Average handle time used to estimate the queue's EWT; default 120 s.</summary>
    public TimeSpan AverageHandleTime { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Agent think time before each reply; default uniform 1–4 s.</summary>
    public DelayDistribution ThinkTime { get; init; } = DelayDistribution.Uniform(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4));

    /// <summary>Customer messages the agent answers before ending the chat; 0 never ends; default 5.</summary>
    public int ExchangesBeforeEnd { get; init; } = 5;

    /// <summary>Chance that a reply is followed by a form (chat_session_form_show); default 0.1.</summary>
    public double FormProbability { get; init; } = 0.1;

    /// <summary>Chance that a reply is followed by a secure form (chat_session_secure_form_show); default 0.05.</summary>
    public double SecureFormProbability { get; init; } = 0.05;

    /// <summary>Chance that a reply is followed by a file from the agent (chat_session_file); default 0.1.</summary>
    public double FileProbability { get; init; } = 0.1;

    /// <summary>Chance that a reply sets the chat's CRM case (chat_session_case_set), at most once per chat; default 0.2.</summary>
    public double CaseProbability { get; init; } = 0.2;

    /// <summary>Form timeout announced in form_show, in seconds; default 120.</summary>
    public int FormTimeoutSeconds { get; init; } = 120;

    /// <summary>Customer silence before chat_session_timeout_warning; null disables idle handling; default 90 s.</summary>
    public TimeSpan? IdleWarningAfter { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Customer silence before chat_session_inactivity_timeout ends the chat; must exceed the warning; default 180 s.</summary>
    public TimeSpan? IdleTimeoutAfter { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>Form shown after the customer sends chat_session_disconnect; default "survey".</summary>
    public string SurveyFormName { get; init; } = "survey";

    /// <summary>How long the survey waits for form data before the chat ends; default 60 s.</summary>
    public TimeSpan SurveyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; checked as part of <see cref="SimulatorOptions"/>.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (IvrDuration < TimeSpan.Zero) yield return "IvrDuration must not be negative";
        if (ConnectingDuration < TimeSpan.Zero) yield return "ConnectingDuration must not be negative";
        if (AverageHandleTime < TimeSpan.Zero) yield return "AverageHandleTime must not be negative";
        if (ThinkTime is null) yield return "ThinkTime must be set";
        if (ExchangesBeforeEnd < 0) yield return "ExchangesBeforeEnd must be 0 (never) or more";
        foreach (var (name, p) in new[] { ("FormProbability", FormProbability), ("SecureFormProbability", SecureFormProbability), ("FileProbability", FileProbability), ("CaseProbability", CaseProbability) })
        {
            if (!(p >= 0 && p <= 1)) yield return $"{name} must be between 0 and 1, got {p}";
        }

        if (FormTimeoutSeconds < 1) yield return "FormTimeoutSeconds must be at least 1";
        if (IdleWarningAfter is { } w && w <= TimeSpan.Zero) yield return "IdleWarningAfter must be positive or null";
        if (IdleWarningAfter is not null && IdleTimeoutAfter is null) yield return "IdleTimeoutAfter must be set when IdleWarningAfter is";
        if (IdleWarningAfter is { } w2 && IdleTimeoutAfter is { } t && t <= w2) yield return "IdleTimeoutAfter must be longer than IdleWarningAfter";
        if (string.IsNullOrWhiteSpace(SurveyFormName)) yield return "SurveyFormName must not be empty";
        if (SurveyTimeout < TimeSpan.Zero) yield return "SurveyTimeout must not be negative";
    }
}

namespace ChatSwarm.Reports.Model;

/// <summary>Counters of one bot script.</summary>
public sealed record BotStats
{
    /// <summary>Script name (untrusted; escaped when rendered); default empty.</summary>
    public string Script { get; init; } = "";

    /// <summary>Conversations started; default 0.</summary>
    public long Conversations { get; init; }

    /// <summary>Conversations that reached the end of the script; default 0.</summary>
    public long Completed { get; init; }

    /// <summary>Forms answered; default 0.</summary>
    public long FormsAnswered { get; init; }

    /// <summary>Secure forms answered; default 0.</summary>
    public long SecureForms { get; init; }

    /// <summary>Files uploaded; default 0.</summary>
    public long FilesSent { get; init; }

    /// <summary>Files downloaded; default 0.</summary>
    public long FilesReceived { get; init; }

    /// <summary>Expectations that held; default 0.</summary>
    public long ExpectationsMet { get; init; }

    /// <summary>Expectations that failed; default 0.</summary>
    public long ExpectationsFailed { get; init; }

    /// <summary>
    /// Share of expectations that passed (the <c>bot_checks</c> threshold metric), 0..1, or null when none was checked.
    /// Derived, never stored.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double? ChecksPassRate => ExpectationsMet + ExpectationsFailed == 0 ? null : (double)ExpectationsMet / (ExpectationsMet + ExpectationsFailed);
}

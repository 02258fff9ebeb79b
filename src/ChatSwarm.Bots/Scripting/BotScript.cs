using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Scripting.Handlers;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Bots.Scripting;

/// <summary>
/// A parsed, validated bot script: customer data, conversation steps, handlers and lifecycle hooks. Immutable and
/// shared by every conversation created from it, so thousands of live conversations cost little beyond their own state.
/// </summary>
public sealed class BotScript
{
    internal BotScript(string name, string sourcePath)
    {
        Name = name;
        SourcePath = sourcePath;
    }

    /// <summary>The script's name (its <c>name</c> key, or the file name without extension); groups metrics.</summary>
    public string Name { get; }

    /// <summary>The file the script was loaded from.</summary>
    public string SourcePath { get; }

    /// <summary>The script's description, if any.</summary>
    public string? Description { get; internal init; }

    /// <summary>How many top-level conversation steps the script has.</summary>
    public int StepCount => Steps.Count;

    /// <summary>Environment variables the script's templates read ({{env.NAME}}), each with where it is first read (file:line:column).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentReads { get; internal init; } = new Dictionary<string, string>();

    /// <summary>Customer feed columns the script's templates read ({{customer.COLUMN}} beyond the generated fields), with where.</summary>
    public IReadOnlyDictionary<string, string> FeedColumnReads { get; internal init; } = new Dictionary<string, string>();

    /// <summary>
    /// Checks that every {{env.NAME}} has a value in <paramref name="environment"/> and every feed column exists in
    /// <paramref name="feed"/>; one "file:line:column: problem" line per miss.
    /// </summary>
    /// <param name="environment">The values handed in for {{env.NAME}}.</param>
    /// <param name="feed">The customer feed, or null when there is none.</param>
    /// <returns>The problems; empty when the script can run with them.</returns>
    public IReadOnlyList<string> CheckInputs(IReadOnlyDictionary<string, string> environment, Customers.CustomerFeed? feed)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var errors = new List<string>();
        foreach (var (name, where) in EnvironmentReads.OrderBy(kv => kv.Value, StringComparer.Ordinal))
        {
            if (!environment.ContainsKey(name))
            {
                errors.Add($"{where}: {{{{env.{name}}}}} reads environment variable {name}, which is not set; expected it set before the run");
            }
        }

        foreach (var (name, where) in FeedColumnReads.OrderBy(kv => kv.Value, StringComparer.Ordinal))
        {
            if (feed is null)
            {
                errors.Add($"{where}: {{{{customer.{name}}}}} is not a generated field and there is no customer data feed; expected one of {string.Join(", ", Customers.CustomerData.FieldNames.Order(StringComparer.Ordinal))}, or a profile 'customers: {{file: customers.csv}}' with a '{name}' column");
            }
            else if (!feed.Columns.Contains(name))
            {
                errors.Add($"{where}: {{{{customer.{name}}}}} has no column in {feed.Source}; expected one of its columns: {string.Join(", ", feed.Columns)}");
            }
        }

        return errors;
    }

    internal IReadOnlyList<ScriptStep> Steps { get; init; } = [];

    internal CustomerSpec Customer { get; init; } = null!;

    internal DelayDistribution? Think { get; init; }

    internal IReadOnlyDictionary<string, FormAnswer> Forms { get; init; } = new Dictionary<string, FormAnswer>();

    internal FormAnswer? DefaultForm { get; init; }

    internal IReadOnlyDictionary<string, FormAnswer> SecureForms { get; init; } = new Dictionary<string, FormAnswer>();

    internal FormAnswer? DefaultSecureForm { get; init; }

    internal IReadOnlyList<MessageRule> MessageRules { get; init; } = [];

    internal ReceiptOptions? Receipts { get; init; } = ReceiptOptions.Default;

    internal TimeoutWarningHandler TimeoutWarning { get; init; } = new(null, null);

    internal FileHandler Files { get; init; } = FileHandler.Default;

    internal CaseHandler? Case { get; init; }

    internal CallPolicy Calls { get; init; } = CallPolicy.Reject;

    /// <summary>Steps per <see cref="LifecycleHook"/> (indexed by the enum), null when the hook has none.</summary>
    internal IReadOnlyList<ScriptStep>?[] Hooks { get; init; } = new IReadOnlyList<ScriptStep>?[5];

    /// <summary>Creates one customer's conversation. Throws <see cref="Configuration.Validation.OptionsValidationException"/> listing every problem when <paramref name="options"/> is invalid.</summary>
    /// <param name="options">Seed, customer index, clock and default think time.</param>
    /// <returns>The conversation, ready for its host.</returns>
    public IBotConversation CreateConversation(BotConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ScriptConversation(this, options);
    }
}

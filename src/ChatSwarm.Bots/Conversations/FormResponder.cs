using ChatSwarm.Bots.Scripting;
using ChatSwarm.Bots.Scripting.Handlers;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// Decides how the customer answers forms: which answer a form gets, how long the customer may take, what the answer
/// says, and which form is the survey a disconnect waits for. Counts the forms shown in the chat, since only forms shown
/// after a disconnect are its survey.
/// </summary>
internal sealed class FormResponder
{
    // Unknown forms get the customer's contact details: what a person would type into a typical pre-chat or contact form.
    private static readonly FormAnswer BuiltinFormAnswer = new(
        true,
        null,
        [.. new[] { "first_name", "last_name", "email", "phone" }.Select(f =>
            new KeyValuePair<string, Template>(f, TemplateParser.TryParse($"{{{{customer.{f}}}}}", out _, out _)!))]);

    private readonly BotScript _script;
    private int _shown;

    public FormResponder(BotScript script)
    {
        _script = script;
    }

    /// <summary>How many forms the chat has shown so far.</summary>
    public int Shown => _shown;

    /// <summary>Counts a form shown; returns its number in the chat (the first is 1).</summary>
    public int CountShown() => ++_shown;

    /// <summary>The script's answer for the form, else its default form answer, else the customer's contact details.</summary>
    public FormAnswer AnswerFor(FormShowEvent form) =>
        _script.Forms.GetValueOrDefault(form.FormName) ?? _script.DefaultForm ?? BuiltinFormAnswer;

    /// <summary>The script's answer for the secure form, else its default secure form answer, else the customer's contact details.</summary>
    public FormAnswer AnswerFor(SecureFormShowEvent form) =>
        _script.SecureForms.GetValueOrDefault(form.FormId) ?? _script.DefaultSecureForm ?? BuiltinFormAnswer;

    /// <summary>Whether the <paramref name="formNumber"/>-th form, named <paramref name="formName"/>, is the survey <paramref name="disconnect"/> waits for since <paramref name="formMark"/> forms had been shown.</summary>
    public static bool IsSurvey(DisconnectStep disconnect, int formMark, int formNumber, string formName) =>
        disconnect.ExpectSurvey && formNumber > formMark && (disconnect.SurveyForm is null || disconnect.SurveyForm == formName);

    /// <summary>The think time cut to 80% of the form's timeout, when it has one.</summary>
    public static TimeSpan WithinFormTimeout(TimeSpan delay, int? formTimeoutSeconds)
    {
        // A person answers before the form expires; keep a margin so network latency cannot push the answer past it.
        if (formTimeoutSeconds is > 0 and var seconds)
        {
            var limit = TimeSpan.FromSeconds(seconds * 0.8);
            return delay > limit ? limit : delay;
        }

        return delay;
    }

    /// <summary>The answer's fields rendered for this customer.</summary>
    public static Dictionary<string, string> Render(FormAnswer answer, ITemplateContext context)
    {
        var data = new Dictionary<string, string>(answer.Fields.Count, StringComparer.Ordinal);
        foreach (var (field, template) in answer.Fields)
        {
            data[field] = template.Render(context);
        }

        return data;
    }

    /// <summary>The answered fields for a transcript line.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> data) =>
        data.Count == 0 ? "(no fields)" : string.Join(", ", data.Select(kv => $"{kv.Key}={kv.Value}"));
}

using ChatSwarm.Bots.Scripting.Steps;

namespace ChatSwarm.Bots.Conversations;

/// <summary>
/// The step lists running side by side (the main conversation and any lifecycle hooks), oldest first, and which of
/// them an arriving event moves on.
/// </summary>
internal sealed class StepCursors
{
    private readonly List<StepCursor> _cursors = new(2);

    /// <summary>How many cursors run.</summary>
    public int Count => _cursors.Count;

    public void Add(StepCursor cursor) => _cursors.Add(cursor);

    public void Remove(StepCursor cursor) => _cursors.Remove(cursor);

    public void Clear() => _cursors.Clear();

    /// <summary>A copy, for walks that may add or remove cursors.</summary>
    public StepCursor[] ToArray() => [.. _cursors];

    /// <summary>The running cursors, oldest first; not to be changed while enumerated.</summary>
    public List<StepCursor>.Enumerator GetEnumerator() => _cursors.GetEnumerator();

    /// <summary>
    /// The oldest cursor waiting in an expect or capture that an arriving event of <paramref name="kind"/> (with
    /// <paramref name="text"/> for messages) meets, or null when none does.
    /// </summary>
    public StepCursor? FindTaker(ExpectTarget kind, string? text)
    {
        foreach (var cursor in _cursors)
        {
            var takes = cursor.Blocked switch
            {
                ExpectStep e => e.Target == kind && (kind != ExpectTarget.Message || e.Matches(text!)),
                CaptureStep c => kind == ExpectTarget.Message && c.Extract(text!) is not null,
                _ => false,
            };
            if (takes)
            {
                return cursor;
            }
        }

        return null;
    }

    /// <summary>The oldest cursor waiting in a disconnect whose survey is the <paramref name="formNumber"/>-th form, named <paramref name="formName"/>, or null.</summary>
    public StepCursor? FindSurveyWaiter(int formNumber, string formName)
    {
        foreach (var cursor in _cursors)
        {
            // Forms shown before the disconnect were the conversation's own, not the survey.
            if (cursor.Blocked is DisconnectStep d && FormResponder.IsSurvey(d, cursor.FormMark, formNumber, formName))
            {
                return cursor;
            }
        }

        return null;
    }
}

namespace ChatSwarm.Bots.Conversations;

/// <summary>Timer key of a cursor's wait.</summary>
internal sealed class CursorTimer(StepCursor cursor, int generation)
{
    public StepCursor Cursor => cursor;

    public int Generation => generation;
}

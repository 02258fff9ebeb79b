using System.Text;

namespace ChatSwarm.Reports.Rendering;

/// <summary>A small table that prints as aligned plain text or as a Markdown table.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers)
    {
        _headers = headers;
        _rightAligned = new bool[headers.Length];
    }

    /// <summary>Right-aligns every column except the first (numbers after a name).</summary>
    public TextTable NumbersAfterFirst()
    {
        for (int i = 1; i < _rightAligned.Length; i++)
        {
            _rightAligned[i] = true;
        }

        return this;
    }

    public TextTable LeftAlign(int column)
    {
        _rightAligned[column] = false;
        return this;
    }

    public TextTable Add(params string[] cells)
    {
        _rows.Add(cells.Select(Clean).ToArray());
        return this;
    }

    public int Count => _rows.Count;

    public void WriteText(StringBuilder sb)
    {
        var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        string rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        sb.Append(rule).Append('\n');
        Line(sb, _headers, widths, header: true);
        sb.Append(rule).Append('\n');
        foreach (var row in _rows)
        {
            Line(sb, row, widths, header: false);
        }

        sb.Append(rule).Append('\n');
    }

    public void WriteMarkdown(StringBuilder sb)
    {
        sb.Append("| ").Append(string.Join(" | ", _headers.Select(Md))).Append(" |\n");
        sb.Append('|').Append(string.Join("|", _rightAligned.Select(r => r ? "---:" : ":---"))).Append("|\n");
        foreach (var row in _rows)
        {
            sb.Append("| ").Append(string.Join(" | ", row.Select(Md))).Append(" |\n");
        }
    }

    private void Line(StringBuilder sb, string[] cells, int[] widths, bool header)
    {
        sb.Append('|');
        for (int i = 0; i < cells.Length; i++)
        {
            sb.Append(' ').Append(_rightAligned[i] && !header ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i])).Append(" |");
        }

        sb.Append('\n');
    }

    // Server text may carry newlines or control characters that would break the table layout.
    private static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            sb.Append(char.IsControl(c) ? ' ' : c);
        }

        return sb.ToString();
    }

    // Markdown renderers treat | as a cell break and may render raw HTML, so both are neutralised.
    private static string Md(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}

using System.Text;

namespace ChatSwarm.Bots.Customers;

/// <summary>Reading the CSV: RFC 4180 quoting (fields in double quotes may hold commas, quotes doubled, line breaks).</summary>
public sealed partial class CustomerFeed
{
    /// <summary>Most problems listed before reading stops.</summary>
    private const int MaxErrors = 20;

    /// <summary>Reads a feed file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="order">How customers take rows.</param>
    /// <returns>The feed.</returns>
    /// <exception cref="CustomerFeedException">The file is missing or has bad rows; each error names file:line.</exception>
    public static CustomerFeed Load(string path, CustomerFeedOrder order)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CustomerFeedException($"{path}: cannot read the customer data feed: {ex.Message}", ex);
        }

        return Parse(text, path, order);
    }

    /// <summary>Parses feed text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name used in errors.</param>
    /// <param name="order">How customers take rows.</param>
    /// <returns>The feed.</returns>
    /// <exception cref="CustomerFeedException">Bad header or rows; each error names source:line.</exception>
    public static CustomerFeed Parse(string text, string source, CustomerFeedOrder order)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
        var records = ReadRecords(text.TrimStart('\uFEFF'), source, errors);
        if (errors.Count > 0)
        {
            throw new CustomerFeedException(errors);
        }

        if (records.Count == 0)
        {
            throw new CustomerFeedException($"{source}:1: the customer data feed is empty; expected a header row such as first_name,last_name,email,phone,order_id");
        }

        var (headerLine, header) = records[0];
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Length; i++)
        {
            if (!Templating.TemplateParser.IsIdentifier(columns[i]))
            {
                errors.Add($"{source}:{headerLine}: column {i + 1} '{header[i]}' is not a usable name; expected letters, digits and _ (used as {{{{customer.NAME}}}})");
            }
            else if (!seen.Add(columns[i]))
            {
                errors.Add($"{source}:{headerLine}: column '{columns[i]}' appears twice; expected each column once");
            }
        }

        if (columns.Contains("name") && columns.Contains("full_name"))
        {
            errors.Add($"{source}:{headerLine}: both 'name' and 'full_name' columns; expected one of them");
        }

        var rows = new List<string[]>(records.Count - 1);
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Length != columns.Length)
            {
                errors.Add($"{source}:{line}: {fields.Length} fields; expected {columns.Length} like the header ({string.Join(",", columns)})");
                if (errors.Count >= MaxErrors)
                {
                    break;
                }

                continue;
            }

            rows.Add(fields);
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add($"{source}:{headerLine + 1}: no customer rows after the header; expected at least one");
        }

        if (errors.Count > 0)
        {
            throw new CustomerFeedException(errors);
        }

        return new CustomerFeed(source, columns, [.. rows], order);
    }

    private static List<(int Line, string[] Fields)> ReadRecords(string text, string source, List<string> errors)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, i = 0;
        bool quoted = false, wasQuoted = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                    i++;
                    continue;
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    break;
                case '"':
                    errors.Add($"{source}:{line}: a quote inside an unquoted field; expected the whole field in quotes with inner quotes doubled (\"\")");
                    return records;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    records.Add((recordLine, [.. fields]));
                    fields.Clear();
                    field.Clear();
                    wasQuoted = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (wasQuoted)
                    {
                        errors.Add($"{source}:{line}: text after a closing quote; expected a comma or the end of the line");
                        return records;
                    }

                    field.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            errors.Add($"{source}:{recordLine}: a quoted field is never closed; expected a closing \"");
            return records;
        }

        if (field.Length > 0 || fields.Count > 0 || wasQuoted)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, [.. fields]));
        }

        return records;
    }
}

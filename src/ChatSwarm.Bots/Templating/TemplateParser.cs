using System.Globalization;
using ChatSwarm.Bots.Customers;

namespace ChatSwarm.Bots.Templating;

/// <summary>Compiles template text; errors name the offset of the bad placeholder and what is expected.</summary>
internal static class TemplateParser
{
    /// <summary>What a placeholder may be, for error messages.</summary>
    public const string ExpectedForm =
        "expected {{customer.first_name|last_name|full_name|email|phone|company|COLUMN}}, {{memory.NAME}}, {{env.NAME}}, {{random.int MIN MAX}} or {{agent.name}}";

    /// <summary>Compiles <paramref name="text"/>; on failure returns null and sets <paramref name="error"/> and <paramref name="errorOffset"/>.</summary>
    public static Template? TryParse(string text, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = 0;
        var parts = new List<TemplatePart>();
        int pos = 0;
        while (pos < text.Length)
        {
            var open = text.IndexOf("{{", pos, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new TemplatePart(TemplatePartKind.Literal, text[pos..], pos));
                break;
            }

            if (open > pos)
            {
                parts.Add(new TemplatePart(TemplatePartKind.Literal, text[pos..open], pos));
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                error = "unclosed '{{'; expected '}}' after the placeholder";
                errorOffset = open;
                return null;
            }

            var expr = text[(open + 2)..close].Trim();
            var part = ParsePlaceholder(expr, open, out error);
            if (part is null)
            {
                errorOffset = open;
                return null;
            }

            parts.Add(part.Value);
            pos = close + 2;
        }

        if (parts.Count == 0)
        {
            parts.Add(new TemplatePart(TemplatePartKind.Literal, string.Empty, 0));
        }

        return new Template(text, [.. parts]);
    }

    private static TemplatePart? ParsePlaceholder(string expr, int offset, out string? error)
    {
        error = null;
        var words = expr.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            error = $"empty placeholder '{{{{}}}}'; {ExpectedForm}";
            return null;
        }

        var head = words[0];
        if (head.StartsWith("customer.", StringComparison.Ordinal) && words.Length == 1)
        {
            var field = head["customer.".Length..];
            // Other names are columns of a customer data feed (CSV); the host checks them against the feed's header.
            if (!CustomerData.FieldNames.Contains(field) && !IsIdentifier(field))
            {
                error = $"unknown template variable '{head}'; {ExpectedForm}";
                return null;
            }

            return new TemplatePart(TemplatePartKind.Customer, field, offset);
        }

        if (head.StartsWith("memory.", StringComparison.Ordinal) && words.Length == 1)
        {
            var name = head["memory.".Length..];
            if (!IsIdentifier(name))
            {
                error = $"bad memory name in '{head}'; expected {{{{memory.NAME}}}} with NAME made of letters, digits and _";
                return null;
            }

            return new TemplatePart(TemplatePartKind.Memory, name, offset);
        }

        if (head.StartsWith("env.", StringComparison.Ordinal) && words.Length == 1)
        {
            var name = head["env.".Length..];
            if (!IsIdentifier(name))
            {
                error = $"bad environment name in '{head}'; expected {{{{env.NAME}}}} with NAME made of letters, digits and _";
                return null;
            }

            return new TemplatePart(TemplatePartKind.Env, name, offset);
        }

        if (head == "random.int")
        {
            if (words.Length != 3
                || !int.TryParse(words[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var min)
                || !int.TryParse(words[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var max)
                || max < min || max == int.MaxValue)
            {
                error = $"bad '{{{{{expr}}}}}'; expected {{{{random.int MIN MAX}}}} with integers MIN <= MAX";
                return null;
            }

            return new TemplatePart(TemplatePartKind.RandomInt, expr, offset, min, max);
        }

        if (head == "agent.name" && words.Length == 1)
        {
            return new TemplatePart(TemplatePartKind.AgentName, head, offset);
        }

        error = $"unknown template variable '{expr}'; {ExpectedForm}";
        return null;
    }

    /// <summary>True for names made of letters, digits and underscores, not starting with a digit.</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}

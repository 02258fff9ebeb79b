using System.Text;

namespace ChatSwarm.Bots.Templating;

/// <summary>
/// A text with <c>{{...}}</c> placeholders, compiled once when the script loads and rendered per conversation.
/// Supported: <c>customer.first_name|last_name|full_name|email|phone|company</c>, <c>memory.NAME</c>,
/// <c>random.int MIN MAX</c> and <c>agent.name</c>.
/// </summary>
internal sealed class Template
{
    private readonly TemplatePart[] _parts;

    internal Template(string source, TemplatePart[] parts)
    {
        Source = source;
        _parts = parts;
    }

    /// <summary>The original text.</summary>
    public string Source { get; }

    /// <summary>The memory names this template reads.</summary>
    public IEnumerable<(string Name, int Offset)> MemoryReferences =>
        _parts.Where(p => p.Kind == TemplatePartKind.Memory).Select(p => (p.Text, p.Offset));

    /// <summary>True when the template has no placeholders.</summary>
    /// <summary>Environment names this template reads ({{env.NAME}}) with their offsets.</summary>
    public IEnumerable<(string Name, int Offset)> EnvReferences =>
        _parts.Where(p => p.Kind == TemplatePartKind.Env).Select(p => (p.Text, p.Offset));

    /// <summary>Customer fields this template reads that are not generated ones, i.e. feed columns, with their offsets.</summary>
    public IEnumerable<(string Name, int Offset)> FeedReferences =>
        _parts.Where(p => p.Kind == TemplatePartKind.Customer && !Customers.CustomerData.FieldNames.Contains(p.Text)).Select(p => (p.Text, p.Offset));

    public bool IsLiteral => _parts.All(p => p.Kind == TemplatePartKind.Literal);

    /// <summary>Renders the template against a conversation's data.</summary>
    public string Render(ITemplateContext context)
    {
        if (_parts.Length == 1 && _parts[0].Kind == TemplatePartKind.Literal)
        {
            return _parts[0].Text;
        }

        var sb = new StringBuilder(Source.Length + 16);
        foreach (var part in _parts)
        {
            switch (part.Kind)
            {
                case TemplatePartKind.Literal:
                    sb.Append(part.Text);
                    break;
                case TemplatePartKind.Customer:
                    sb.Append(context.Customer.Get(part.Text));
                    break;
                case TemplatePartKind.Memory:
                    sb.Append(context.GetMemory(part.Text));
                    break;
                case TemplatePartKind.RandomInt:
                    sb.Append(context.Random.Next(part.Min, part.Max + 1));
                    break;
                case TemplatePartKind.AgentName:
                    sb.Append(context.AgentName);
                    break;
                case TemplatePartKind.Env:
                    sb.Append(context.GetEnv(part.Text));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether <paramref name="text"/> could be a rendering of this template for this customer: literal text and
    /// customer fields must appear as written, while memory, random numbers and the agent's name may be anything
    /// (they depend on what happened in the chat). Used to recognise the customer's own messages in a chat history.
    /// </summary>
    public bool CouldRender(string text, ITemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pos = 0;
        var wildcard = false;
        for (int i = 0; i < _parts.Length; i++)
        {
            var part = _parts[i];
            var fixedText = part.Kind switch
            {
                TemplatePartKind.Literal => part.Text,
                TemplatePartKind.Customer => context.Customer.Get(part.Text),
                _ => null,
            };
            if (fixedText is null)
            {
                wildcard = true;
                continue;
            }

            if (fixedText.Length == 0)
            {
                continue;
            }

            if (!wildcard)
            {
                if (!text.AsSpan(pos).StartsWith(fixedText, StringComparison.Ordinal))
                {
                    return false;
                }

                pos += fixedText.Length;
            }
            else if (IsLastFixedPart(i, context))
            {
                // The final piece after a wildcard must end the text (unless another wildcard follows it); a leftmost
                // search could stop too early.
                return HasWildcardAfter(i)
                    ? text.IndexOf(fixedText, pos, StringComparison.Ordinal) >= 0
                    : text.Length - fixedText.Length >= pos && text.EndsWith(fixedText, StringComparison.Ordinal);
            }
            else
            {
                var found = text.IndexOf(fixedText, pos, StringComparison.Ordinal);
                if (found < 0)
                {
                    return false;
                }

                pos = found + fixedText.Length;
            }

            wildcard = false;
        }

        return wildcard || pos == text.Length;
    }

    private bool IsLastFixedPart(int index, ITemplateContext context)
    {
        for (int i = index + 1; i < _parts.Length; i++)
        {
            var part = _parts[i];
            if ((part.Kind == TemplatePartKind.Literal && part.Text.Length > 0)
                || (part.Kind == TemplatePartKind.Customer && context.Customer.Get(part.Text).Length > 0))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasWildcardAfter(int index)
    {
        for (int i = index + 1; i < _parts.Length; i++)
        {
            if (_parts[i].Kind is not (TemplatePartKind.Literal or TemplatePartKind.Customer))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Source;
}

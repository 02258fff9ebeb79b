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
            }
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Source;
}

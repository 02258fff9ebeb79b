using ChatSwarm.Bots.Templating;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>Text to say: one template or several variants, one picked at random each time.</summary>
/// <param name="Variants">The variants (at least one).</param>
internal sealed record TextChoice(IReadOnlyList<Template> Variants)
{
    /// <summary>Picks and renders a variant.</summary>
    public string Render(ITemplateContext context) =>
        (Variants.Count == 1 ? Variants[0] : Variants[context.Random.Next(Variants.Count)]).Render(context);

    /// <summary>Whether <paramref name="text"/> could have been said by this choice (see <see cref="Template.CouldRender"/>).</summary>
    public bool CouldRender(string text, ITemplateContext context)
    {
        foreach (var variant in Variants)
        {
            if (variant.CouldRender(text, context))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All templates, for validation.</summary>
    public IEnumerable<Template> Templates => Variants;
}

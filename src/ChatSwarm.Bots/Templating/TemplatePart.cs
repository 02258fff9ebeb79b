namespace ChatSwarm.Bots.Templating;

/// <summary>One piece of a compiled template.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">Literal text, customer field or memory name.</param>
/// <param name="Offset">Where the placeholder starts in the source text (for error columns).</param>
/// <param name="Min">random.int lower bound.</param>
/// <param name="Max">random.int upper bound.</param>
internal readonly record struct TemplatePart(TemplatePartKind Kind, string Text, int Offset, int Min = 0, int Max = 0);

using System.Text.Json;

namespace ChatSwarm.Client.Models;

/// <summary>Get Chat Widget Configuration: the launch point's widgets.</summary>
/// <param name="Widgets">The widgets.</param>
public sealed record WidgetConfiguration(IReadOnlyList<ChatWidget> Widgets);

/// <summary>One chat widget: name, URLs, and its definition and styles kept as JSON (their shape is open-ended).</summary>
/// <param name="Name">Widget name.</param>
/// <param name="Urls">URLs the widget is used on.</param>
/// <param name="Definition">The <c>definition</c> object (contact tab etc.), or an undefined element.</param>
/// <param name="Styles">The <c>styles</c> object, or an undefined element.</param>
public sealed record ChatWidget(string Name, IReadOnlyList<string> Urls, JsonElement Definition, JsonElement Styles);

using System.Text.Json;

namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>Get Chat Widget Configuration response: <c>{"widgets": [{"name", "urls", "definition", "styles"}]}</c>.</summary>
internal sealed class WidgetConfigurationBody
{
    public List<Widget>? Widgets { get; set; }

    /// <summary>One widget; definition and styles are free-form and kept as JSON.</summary>
    internal sealed class Widget
    {
        public string? Name { get; set; }
        public List<string>? Urls { get; set; }
        public JsonElement Definition { get; set; }
        public JsonElement Styles { get; set; }
    }
}

using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Configuration.Yaml;

/// <summary>One allowed entry of a mapping: its key's name, the key node (for errors about the key) and the value.</summary>
/// <param name="Key">The key's name.</param>
/// <param name="KeyNode">The key node.</param>
/// <param name="Value">The value node.</param>
public readonly record struct YamlEntry(string Key, YamlNode KeyNode, YamlNode Value)
{
    /// <summary>Splits the entry into its name and value, the pair most readers need.</summary>
    /// <param name="key">The key's name.</param>
    /// <param name="value">The value node.</param>
    public void Deconstruct(out string key, out YamlNode value)
    {
        key = Key;
        value = Value;
    }
}

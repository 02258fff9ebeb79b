using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace ChatSwarm.Testing.JUnit;

/// <summary>Validates JUnit XML against the Jenkins/Surefire-shaped schema in junit.xsd.</summary>
public static class JUnitSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(Path.Combine(AppContext.BaseDirectory, "JUnit", "junit.xsd"));
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    /// <summary>Every validation error of <paramref name="xml"/>; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        var errors = new List<string>();
        var document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        document.Validate(Schemas.Value, (_, e) => errors.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})"));
        return errors;
    }
}

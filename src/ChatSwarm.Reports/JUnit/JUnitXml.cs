using System.Globalization;
using System.Text;
using System.Xml;

namespace ChatSwarm.Reports.JUnit;

/// <summary>
/// Writes JUnit XML in the shape Jenkins, GitLab, Azure DevOps and GitHub test reporters read (the Surefire/Jenkins
/// schema): <c>testsuites/testsuite/testcase</c>, with <c>failure</c> or <c>skipped</c> children and tests, failures,
/// errors, skipped and time counts on every suite.
/// </summary>
public static class JUnitXml
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Renders the suites as one JUnit XML document.</summary>
    /// <param name="name">Name of the whole document (the testsuites element), e.g. "chatswarm run smoke".</param>
    /// <param name="suites">The suites.</param>
    /// <returns>The XML text, UTF-8 declared.</returns>
    public static string Render(string name, IReadOnlyList<JUnitSuite> suites)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(suites);
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, CheckCharacters = false };
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var xml = XmlWriter.Create(sb, settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", Clean(name));
            xml.WriteAttributeString("tests", suites.Sum(s => s.Cases.Count).ToString(Inv));
            xml.WriteAttributeString("failures", suites.Sum(s => s.Failures).ToString(Inv));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", suites.Sum(s => s.SkippedCount).ToString(Inv));
            xml.WriteAttributeString("time", Seconds(suites.Sum(s => s.TimeSeconds)));
            for (int i = 0; i < suites.Count; i++)
            {
                var suite = suites[i];
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(suite.Name));
                xml.WriteAttributeString("tests", suite.Cases.Count.ToString(Inv));
                xml.WriteAttributeString("failures", suite.Failures.ToString(Inv));
                xml.WriteAttributeString("errors", "0");
                xml.WriteAttributeString("skipped", suite.SkippedCount.ToString(Inv));
                xml.WriteAttributeString("time", Seconds(suite.TimeSeconds));
                xml.WriteAttributeString("timestamp", suite.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", Inv));
                xml.WriteAttributeString("id", i.ToString(Inv));
                foreach (var c in suite.Cases)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("name", Clean(c.Name));
                    xml.WriteAttributeString("classname", Clean(c.ClassName));
                    xml.WriteAttributeString("time", Seconds(c.TimeSeconds));
                    if (c.Failure is { } failure)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", Clean(failure));
                        xml.WriteAttributeString("type", "AssertionError");
                        xml.WriteString(Clean(c.Detail ?? failure));
                        xml.WriteEndElement();
                    }
                    else if (c.Skipped)
                    {
                        xml.WriteStartElement("skipped");
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>Writes the document to <paramref name="path"/> (atomically, creating its folder).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="name">Name of the whole document.</param>
    /// <param name="suites">The suites.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The full path written.</returns>
    public static async Task<string> WriteAsync(string path, string name, IReadOnlyList<JUnitSuite> suites, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        string temp = full + ".tmp";
        await File.WriteAllTextAsync(temp, Render(name, suites), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temp, full, overwrite: true);
        return full;
    }

    private static string Seconds(double seconds) => Math.Max(0, Math.Round(seconds, 3)).ToString("0.###", Inv);

    // XML 1.0 cannot carry most control characters, even escaped; server text may hold them.
    private static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            sb.Append(c is '\t' or '\n' or '\r' || !char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF') ? c : ' ');
        }

        return sb.ToString();
    }
}

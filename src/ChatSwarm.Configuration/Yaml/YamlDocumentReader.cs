using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Configuration.Yaml;

/// <summary>
/// Loads a YAML file (scripts, load profiles) into YamlDotNet's representation model so that every failure becomes one
/// <see cref="YamlReadException"/> with a line and column: syntax errors, the parser's other exceptions (an unclosed
/// <c>{</c> at the end of a line throws <see cref="InvalidOperationException"/>), and nesting deeper than
/// <see cref="MaxDepth"/>, which is refused while parsing, before the recursive model could overflow the stack.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>Deepest nesting of mappings and sequences accepted; real scripts and profiles use fewer than ten.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The YAML.</param>
    /// <returns>The stream (possibly without documents).</returns>
    /// <exception cref="YamlReadException">The text is not valid YAML or is nested too deeply.</exception>
    public static YamlStream Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new DepthLimitedParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlReadException)
        {
            throw;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            throw new YamlReadException(ex.Start.Line, ex.Start.Column, OneLine(message), ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            var at = parser.LastStart;
            throw new YamlReadException(at.Line, at.Column, OneLine(ex.Message), ex);
        }

        return stream;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>Counts open mappings and sequences while the model is built; remembers where the last event started.</summary>
    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public Mark LastStart { get; private set; } = Mark.Empty;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
            {
                LastStart = current.Start;
                switch (current)
                {
                    case MappingStart or SequenceStart when ++_depth > MaxDepth:
                        throw new YamlReadException(
                            current.Start.Line,
                            current.Start.Column,
                            string.Create(CultureInfo.InvariantCulture, $"nested more than {MaxDepth} levels deep"));
                    case MappingEnd or SequenceEnd:
                        _depth--;
                        break;
                }
            }

            return moved;
        }
    }
}

using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Simulator.Faults;

/// <summary>
/// Loads fault plan YAML so that every failure is a one-line <see cref="FaultPlanException"/> with file:line:column:
/// syntax errors, the parser's other exceptions (an unclosed <c>{</c> throws <see cref="InvalidOperationException"/>)
/// and nesting deeper than <see cref="MaxDepth"/>, refused while parsing before the recursive model overflows the stack.
/// </summary>
internal static class FaultYamlReader
{
    /// <summary>Deepest nesting accepted; a fault plan needs three levels.</summary>
    public const int MaxDepth = 64;

    public static YamlStream Load(string yaml, string sourceName)
    {
        var parser = new DepthLimitedParser(new Parser(new StringReader(yaml)), sourceName);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (FaultPlanException)
        {
            throw;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            throw new FaultPlanException($"{sourceName}:{ex.Start.Line}:{ex.Start.Column}: invalid YAML: {OneLine(message)}", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            throw new FaultPlanException($"{sourceName}:{parser.LastStart.Line}:{parser.LastStart.Column}: invalid YAML: {OneLine(ex.Message)}", ex);
        }

        return stream;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private sealed class DepthLimitedParser(IParser inner, string sourceName) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public Mark LastStart { get; private set; } = new(0, 1, 1);

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
            {
                LastStart = current.Start;
                switch (current)
                {
                    case MappingStart or SequenceStart when ++_depth > MaxDepth:
                        throw new FaultPlanException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{sourceName}:{current.Start.Line}:{current.Start.Column}: nested more than {MaxDepth} levels deep; expected a plan with seed, rules and outages"));
                    case MappingEnd or SequenceEnd:
                        _depth--;
                        break;
                }
            }

            return moved;
        }
    }
}

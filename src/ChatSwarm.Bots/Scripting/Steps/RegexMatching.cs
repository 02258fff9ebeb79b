using System.Text.RegularExpressions;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>
/// Regex calls that treat a match timeout as "no match": a pathological pattern against one odd message must not
/// crash the customer running it. Patterns are compiled with a one-second timeout by the parser.
/// </summary>
internal static class RegexMatching
{
    public static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static Match? Match(Regex regex, string text)
    {
        try
        {
            var m = regex.Match(text);
            return m.Success ? m : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}

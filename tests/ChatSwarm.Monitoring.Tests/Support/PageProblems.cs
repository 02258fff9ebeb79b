using Microsoft.Playwright;

namespace ChatSwarm.Monitoring.Tests.Support;

/// <summary>Collects console errors and warnings, page errors, and requests that leave the page's own origin (a CDN would).</summary>
internal static class PageProblems
{
    public static List<string> Watch(IPage page, Uri origin)
    {
        var problems = new List<string>();
        void Add(string problem)
        {
            lock (problems)
            {
                problems.Add(problem);
            }
        }

        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add("page error: " + error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
            {
                Add("request outside the dashboard: " + request.Url);
            }
        };
        return problems;
    }
}

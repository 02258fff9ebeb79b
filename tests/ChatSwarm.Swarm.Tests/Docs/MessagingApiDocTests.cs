using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Testing;

namespace ChatSwarm.Swarm.Tests.Docs;

/// <summary>
/// Keeps docs/messaging-api.md honest: every error code the client can report and every step name a report or
/// threshold can use is documented, each code's row states the classification the code really has, and no page
/// users read points into the team-only ../shared folder.
/// </summary>
public sealed class MessagingApiDocTests
{
    private static readonly string DocsFolder = Path.Combine(RepoPaths.Root, "docs");

    private static readonly string DocPath = Path.Combine(DocsFolder, "messaging-api.md");

    private static readonly Lazy<string[]> DocLines = new(() => File.ReadAllLines(DocPath));

    public static TheoryData<ApiErrorCode> AllCodes() => new(Enum.GetValues<ApiErrorCode>());

    public static TheoryData<string> AllStepNames() => new(StepNames.Methods.Concat(StepNames.ChatMeasures));

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void ErrorTables_EveryApiErrorCode_HasARowWithItsNumberAndName(ApiErrorCode code)
    {
        var row = FindRow(code);

        Assert.True(row is not null, $"docs/messaging-api.md has no table row starting '{RowStart(code)}'");
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void ErrorTables_EveryApiErrorCode_StatesItsRealClassification(ApiErrorCode code)
    {
        var row = FindRow(code) ?? throw new Xunit.Sdk.XunitException($"no row for {(int)code} {code.GetName()}");

        Assert.True(code.IsTransient() == row.Contains("transient", StringComparison.Ordinal),
            $"{(int)code} is {(code.IsTransient() ? "" : "not ")}transient in the code, but its row says: {row}");
        Assert.True(code.IsAuthenticationFailure() == row.Contains("setup error", StringComparison.Ordinal),
            $"{(int)code} is {(code.IsAuthenticationFailure() ? "" : "not ")}a setup error in the code, but its row says: {row}");
    }

    [Theory]
    [MemberData(nameof(AllStepNames))]
    public void StepNames_EveryStepName_IsDocumentedInBackticks(string stepName)
    {
        var text = string.Join('\n', DocLines.Value);

        Assert.Contains($"`{stepName}`", text, StringComparison.Ordinal);
    }

    [Fact]
    public void StepNames_Sixteen_MatchTheMethodsTheDocCounts()
    {
        var text = string.Join('\n', DocLines.Value);

        Assert.Equal(16, StepNames.Methods.Count);
        Assert.Contains("All sixteen methods", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DocsIndex_EveryPageInDocs_IsListed()
    {
        var index = File.ReadAllText(Path.Combine(DocsFolder, "README.md"));
        var pages = Directory.GetFiles(DocsFolder, "*.md").Select(Path.GetFileName).Where(n => n != "README.md");

        Assert.All(pages, page => Assert.Contains($"]({page})", index, StringComparison.Ordinal));
    }

    [Fact]
    public void UserDocs_NoPage_PointsIntoTheTeamOnlySharedFolder()
    {
        var pages = Directory.GetFiles(DocsFolder, "*.md").Append(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.All(pages, page =>
        {
            var text = File.ReadAllText(page);
            Assert.DoesNotContain("../shared", text, StringComparison.Ordinal);
            Assert.DoesNotContain("/work/shared", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Readme_MentioningTheApi_LinksTheApiPage()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.Contains("](docs/messaging-api.md)", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_FolderTable_NamesEverySourceProject()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var projects = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src")).Select(Path.GetFileName);

        Assert.All(projects, project => Assert.Contains($"| `src/{project}` |", readme, StringComparison.Ordinal));
    }

    private static string RowStart(ApiErrorCode code) => $"| {(int)code} | `{code.GetName()}` |";

    private static string? FindRow(ApiErrorCode code)
    {
        var start = RowStart(code);
        return DocLines.Value.FirstOrDefault(line => line.StartsWith(start, StringComparison.Ordinal));
    }
}

using ChatSwarm.Configuration.Yaml;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Configuration.Tests.Yaml;

public sealed class YamlReaderTests
{
    private static (YamlReader Reader, YamlMappingNode Root) Load(string yaml)
    {
        var reader = new YamlReader("c.yaml");
        Assert.True(reader.TryLoad(yaml, out var root));
        return (reader, Assert.IsType<YamlMappingNode>(root));
    }

    private static YamlNode Value(YamlMappingNode root, string key) => YamlReader.Child(root, key)!;

    [Fact]
    public void TypedReaders_GoodValues_ReturnValuesWithoutErrors()
    {
        var (reader, root) = Load("name: shop\ncount: 5\nrate: 2.5\non: yes\nwait: 1.5s\nlist: [a]\nmap: {a: 1}\n");

        Assert.Equal("shop", reader.String(Value(root, "name"), "name"));
        Assert.Equal(5, reader.Int(Value(root, "count"), "count", min: 1));
        Assert.Equal(2.5, reader.Number(Value(root, "rate"), "rate", 0, minExclusive: true));
        Assert.True(reader.Bool(Value(root, "on"), "on"));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), reader.Duration(Value(root, "wait"), "wait", positive: true));
        Assert.NotNull(reader.Sequence(Value(root, "list"), "list", "a list"));
        Assert.NotNull(reader.Mapping(Value(root, "map"), "map", "a mapping"));
        Assert.Empty(reader.Errors);
        Assert.False(reader.HasErrors);
    }

    [Theory]
    [InlineData("v: ten", "c.yaml:1:4: 'v' must be a whole number, at least 1, got 'ten'")]
    [InlineData("v: 0", "c.yaml:1:4: 'v' must be a whole number, at least 1, got 0")]
    [InlineData("v: [1]", "c.yaml:1:4: 'v' must be a whole number, at least 1, got a list")]
    [InlineData("v:", "c.yaml:1:3: 'v' must be a whole number, at least 1, got nothing")]
    [InlineData("v: 99999999999999999999", "c.yaml:1:4: 'v' must be a whole number, at least 1, got '99999999999999999999'")]
    public void Int_BadValue_ReportsFieldExpectationAndPlace(string yaml, string expected)
    {
        var (reader, root) = Load(yaml);

        Assert.Null(reader.Int(Value(root, "v"), "v", min: 1));
        Assert.Equal(expected, Assert.Single(reader.Errors));
    }

    [Theory]
    [InlineData("v: 1.5", 0d, 1d, false, "'v' must be a number from 0 to 1, got 1.5")]
    [InlineData("v: 0", 0d, double.PositiveInfinity, true, "'v' must be a number above 0, got 0")]
    [InlineData("v: -1", 0d, double.PositiveInfinity, false, "'v' must be a number, 0 or more, got -1")]
    [InlineData("v: north", -90d, 90d, false, "'v' must be a number from -90 to 90, got 'north'")]
    [InlineData("v: .nan", 0d, 1d, false, "'v' must be a number from 0 to 1, got '.nan'")]
    public void Number_BadValue_ReportsTheRange(string yaml, double min, double max, bool minExclusive, string expected)
    {
        var (reader, root) = Load(yaml);

        Assert.Null(reader.Number(Value(root, "v"), "v", min, max, minExclusive));
        Assert.EndsWith(expected, Assert.Single(reader.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v: maybe", "c.yaml:1:4: 'v' must be true or false, got 'maybe'")]
    [InlineData("v: {a: 1}", "c.yaml:1:4: 'v' must be true or false, got a mapping")]
    public void Bool_BadValue_ReportsTrueOrFalse(string yaml, string expected)
    {
        var (reader, root) = Load(yaml);

        Assert.Null(reader.Bool(Value(root, "v"), "v"));
        Assert.Equal(expected, Assert.Single(reader.Errors));
    }

    [Theory]
    [InlineData("v: 5x", false, "c.yaml:1:4: 'v': '5x' has unknown unit 'x'; expected a duration such as")]
    [InlineData("v: -2s", false, "c.yaml:1:4: 'v': '-2s' is negative; expected a duration such as")]
    [InlineData("v: 0s", true, "c.yaml:1:4: 'v' must be positive, got '0s'; expected a positive duration")]
    [InlineData("v: [1s]", false, "c.yaml:1:4: 'v' must be a duration such as 500ms, 1.5s, 2m or 1h, got a list")]
    public void Duration_BadValue_ReportsTheGrammar(string yaml, bool positive, string expectedStart)
    {
        var (reader, root) = Load(yaml);

        Assert.Null(reader.Duration(Value(root, "v"), "v", positive));
        Assert.StartsWith(expectedStart, Assert.Single(reader.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void String_QuotedEmptyOrNull_IsNotText()
    {
        var (reader, root) = Load("a: ''\nb: ~\n");

        Assert.Null(reader.String(Value(root, "a"), "a"));
        Assert.Null(reader.String(Value(root, "b"), "b"));
        Assert.Equal(["c.yaml:1:4: 'a' must be a text value, got ''", "c.yaml:2:4: 'b' must be a text value, got nothing"], reader.Errors);
    }

    [Fact]
    public void Entries_UnknownAndComplexKeys_ReportsEachAndKeepsTheKnownOnes()
    {
        var (reader, root) = Load("name: a\ncolour: red\n[x]: 1\nsize: 2\n");

        var entries = reader.Entries(root, "the file", ["name", "size"]);

        Assert.Equal(["name", "size"], entries.Select(e => e.Key));
        Assert.Equal(
            [
                "c.yaml:2:1: unknown key 'colour' in the file; expected one of name, size",
                "c.yaml:3:1: keys in the file must be plain names, got a list as a key; expected one of name, size",
            ],
            reader.Errors);
    }

    [Fact]
    public void CheckKeys_AllKnown_ReturnsTrueWithoutErrors()
    {
        var (reader, root) = Load("name: a\n");

        Assert.True(reader.CheckKeys(root, "the file", ["name", "size"]));
        Assert.Empty(reader.Errors);
    }

    [Fact]
    public void TypedReaders_SeveralBadValues_ReportsAllInFileOrder()
    {
        var (reader, root) = Load("count: x\nrate: y\nwait: z\n");

        reader.Int(Value(root, "count"), "count");
        reader.Number(Value(root, "rate"), "rate", 0);
        reader.Duration(Value(root, "wait"), "wait");

        Assert.Equal(["c.yaml:1:8", "c.yaml:2:7", "c.yaml:3:7"], reader.Errors.Select(e => string.Join(':', e.Split(':')[..3])));
    }

    [Theory]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: {b: 1\n")]
    [InlineData("a: 1\n\tb: 2\n")]
    public void TryLoad_InvalidYaml_ReportsOneLineWithPlace(string yaml)
    {
        var reader = new YamlReader("c.yaml");

        Assert.False(reader.TryLoad(yaml, out _));
        var error = Assert.Single(reader.Errors);
        Assert.Matches(@"^c\.yaml:\d+:\d+: invalid YAML: .*; expected valid YAML$", error);
    }

    [Fact]
    public void TryLoad_NestedTooDeeply_IsRefusedWithPlace()
    {
        var reader = new YamlReader("c.yaml");
        var yaml = new string('[', YamlDocumentReader.MaxDepth + 1) + new string(']', YamlDocumentReader.MaxDepth + 1);

        Assert.False(reader.TryLoad(yaml, out _));
        Assert.StartsWith($"c.yaml:1:{YamlDocumentReader.MaxDepth + 1}: invalid YAML: nested more than", Assert.Single(reader.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_Empty_ReturnsNoRootAndNoError()
    {
        var reader = new YamlReader("c.yaml");

        Assert.True(reader.TryLoad("", out var root));
        Assert.Null(root);
        Assert.Empty(reader.Errors);
    }

    [Fact]
    public void Add_LocatedError_IsKeptAsGiven()
    {
        var reader = new YamlReader("c.yaml");

        reader.Add("words.txt:3:1: bad line; expected text");

        Assert.Equal(["words.txt:3:1: bad line; expected text"], reader.Errors);
    }
}

using ChatSwarm.Cluster.Content;

namespace ChatSwarm.Cluster.Tests.Content;

public sealed class ContentBundleTests
{
    [Fact]
    public void Collect_ProfileWithScriptsAttachmentsUtterancesAndFeed_EveryReferencedFileOnceAndNothingElse()
    {
        var root = Directory.CreateTempSubdirectory("chatswarm-bundle-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "profiles"));
            Directory.CreateDirectory(Path.Combine(root, "bots", "files"));
            Directory.CreateDirectory(Path.Combine(root, "bots", "utterances"));
            File.WriteAllText(Path.Combine(root, "profiles", "p.yaml"), "name: p\ncustomers: {file: ../data/customers.csv}\nmix:\n  - {script: ../bots/a.yaml, weight: 1}\n");
            Directory.CreateDirectory(Path.Combine(root, "data"));
            File.WriteAllText(Path.Combine(root, "data", "customers.csv"), "first_name\nAda\n");
            File.WriteAllText(Path.Combine(root, "bots", "a.yaml"), "name: a\nconversation:\n  - say: {utterances: greetings}\n  - send_file: {path: files/pic.png}\n  - end\n");
            File.WriteAllBytes(Path.Combine(root, "bots", "files", "pic.png"), [137, 80, 78, 71]);
            File.WriteAllText(Path.Combine(root, "bots", "utterances", "greetings.txt"), "hi\nhello\n");
            File.WriteAllText(Path.Combine(root, "bots", "unrelated.yaml"), "name: other\n");

            var files = ContentBundle.Collect([Path.Combine(root, "profiles", "p.yaml"), Path.Combine(root, "bots", "a.yaml")]);

            var names = files.Select(f => Path.GetRelativePath(root, f.Path).Replace('\\', '/')).Order().ToList();
            Assert.Equal(["bots/a.yaml", "bots/files/pic.png", "bots/utterances/greetings.txt", "data/customers.csv", "profiles/p.yaml"], names);
            Assert.Equal([137, 80, 78, 71], files.Single(f => f.Path.EndsWith("pic.png", StringComparison.Ordinal)).Data);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Materialize_Files_WrittenUnderTheRootAtTheirCoordinatorPathsSoRelativeReferencesStillResolve()
    {
        var root = Directory.CreateTempSubdirectory("chatswarm-received-").FullName;
        try
        {
            ContentFile[] files = [new("/home/u/run/p.yaml", [1]), new("/home/u/bots/a.yaml", [2])];

            ContentBundle.Materialize(root, files);

            var profile = ContentBundle.MapPath(root, "/home/u/run/p.yaml");
            Assert.Equal([1], File.ReadAllBytes(profile));
            Assert.Equal([2], File.ReadAllBytes(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(profile)!, "../bots/a.yaml"))));
            Assert.True(ContentBundle.IsUnder(root, profile));
            Assert.False(ContentBundle.IsUnder(root, "/home/u/run/p.yaml"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

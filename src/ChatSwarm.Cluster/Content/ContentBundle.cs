using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatSwarm.Cluster.Content;

/// <summary>
/// The files a run needs on a worker: the profile, its bot scripts and every file they reference (send_file attachments,
/// utterance lists, data-feed CSVs). A referenced file is any scalar in a profile or script that names an existing file
/// relative to that YAML file's folder (or absolutely), plus <c>utterances: NAME</c> lists; YAML files found this way are
/// searched too. On the worker the files are written under a private folder at the same paths (so relative references
/// resolve as on the coordinator) and loaded through the ordinary loaders.
/// </summary>
public static class ContentBundle
{
    /// <summary>Most bytes a bundle may carry (every file travels to every worker before the start).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Collects <paramref name="files"/> and every file they reference.</summary>
    /// <param name="files">Full paths of the profile, the scripts and any other file the run reads (e.g. a CA certificate).</param>
    /// <returns>The files, each once, by full path.</returns>
    /// <exception cref="IOException">A file cannot be read, or the bundle is larger than <see cref="MaxBytes"/> (one-line message).</exception>
    public static IReadOnlyList<ContentFile> Collect(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var found = new Dictionary<string, ContentFile>(StringComparer.Ordinal);
        var queue = new Queue<string>(files.Select(Path.GetFullPath));
        long total = 0;
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            if (found.ContainsKey(path) || !File.Exists(path))
            {
                continue;
            }

            var data = File.ReadAllBytes(path);
            total += data.Length;
            if (total > MaxBytes)
            {
                throw new IOException($"the profile's files add up to more than {MaxBytes / (1024 * 1024)} MB (at {path}); workers receive every file before the start");
            }

            found[path] = new ContentFile(path, data);
            if (IsYaml(path))
            {
                foreach (var referenced in References(path, data))
                {
                    queue.Enqueue(referenced);
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>Writes <paramref name="files"/> under <paramref name="root"/> at their coordinator paths.</summary>
    /// <param name="root">A private, empty folder.</param>
    /// <param name="files">The files.</param>
    public static void Materialize(string root, IReadOnlyList<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            var target = MapPath(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Data);
        }
    }

    /// <summary>Where a coordinator path lives under <paramref name="root"/> on the worker.</summary>
    /// <param name="root">The worker's content folder.</param>
    /// <param name="coordinatorPath">A full path on the coordinator.</param>
    /// <returns>The worker's full path.</returns>
    public static string MapPath(string root, string coordinatorPath)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(coordinatorPath);
        var relative = coordinatorPath.Replace(':', '_').Replace('\\', '/').TrimStart('/');
        return Path.GetFullPath(Path.Combine(root, relative));
    }

    /// <summary>True when <paramref name="path"/> lies under <paramref name="root"/>.</summary>
    public static bool IsUnder(string root, string path) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static List<string> References(string path, byte[] data)
    {
        var folder = Path.GetDirectoryName(path)!;
        var result = new List<string>();
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(new MemoryStream(data));
            stream.Load(reader);
        }
        catch (YamlException)
        {
            // The loaders report a broken file with its line; here it simply references nothing.
            return result;
        }

        foreach (var document in stream.Documents)
        {
            foreach (var node in document.AllNodes)
            {
                if (node is YamlScalarNode { Value: { Length: > 0 and < 1024 } value } && !value.Contains('\n', StringComparison.Ordinal))
                {
                    Consider(folder, value, result);
                    Consider(folder, Path.Combine("utterances", value + ".txt"), result);
                }
            }
        }

        return result;
    }

    private static void Consider(string folder, string value, List<string> result)
    {
        if (value.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return;
        }

        try
        {
            var full = Path.GetFullPath(Path.IsPathRooted(value) ? value : Path.Combine(folder, value));
            if (File.Exists(full))
            {
                result.Add(full);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Not a path.
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>
/// The documentation stays whole: relative links resolve, the DocFX tables of contents name existing files,
/// <c>docs/docfx.json</c> parses, and CI runs the test command the README gives.
/// </summary>
public sealed partial class DocsTests
{
    private static readonly string[] s_topLevelDocuments =
        ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", "samples/README.md", "benchmarks/README.md"];

    private static readonly string[] s_tocFiles = ["docs/toc.yml", "docs/articles/toc.yml"];

    public static TheoryData<string> MarkdownFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in AllMarkdownFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void RelativeLinks_MarkdownFile_PointToExistingFiles(string relativePath)
    {
        string file = RepositoryRoot.Combine(relativePath);
        Assert.True(File.Exists(file), $"{relativePath} does not exist.");

        List<string> broken = RelativeLinks(File.ReadAllText(file))
            .Where(link => !Exists(Path.Combine(Path.GetDirectoryName(file)!, link)))
            .ToList();

        Assert.True(broken.Count == 0, $"{relativePath} links to missing files: {string.Join(", ", broken)}");
    }

    [Fact]
    public void RelativeLinks_SampleMarkdown_IgnoresWebLinksAnchorsAndCode()
    {
        const string Markdown = """
            See [the guide](docs/articles/getting-started.md#install), [site](https://example.org/x.md),
            [top](#quick-start), [mail](mailto:someone@example.org) and ![logo](images/logo.png "Logo").
            [ref]: CONTRIBUTING.md
            ```csharp
            var x = items[0](1);
            ```
            Inline `[not](a-link.md)` code.
            """;

        List<string> links = RelativeLinks(Markdown).ToList();

        Assert.Equal(["docs/articles/getting-started.md", "images/logo.png", "CONTRIBUTING.md"], links);
    }

    [Theory]
    [MemberData(nameof(TocFiles))]
    public void TocEntries_TocFile_NameExistingFiles(string relativePath)
    {
        string toc = RepositoryRoot.Combine(relativePath);
        Assert.True(File.Exists(toc), $"{relativePath} does not exist.");
        HashSet<string> generated = GeneratedFolders();

        List<string> hrefs = TocHrefs(File.ReadAllText(toc)).ToList();
        Assert.NotEmpty(hrefs);
        foreach (string href in hrefs)
        {
            string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(toc)!, href));
            if (href.EndsWith('/'))
            {
                string docsRelative = Path.GetRelativePath(RepositoryRoot.Combine("docs"), target).Replace('\\', '/').TrimEnd('/');
                Assert.True(
                    generated.Contains(docsRelative) || File.Exists(Path.Combine(target, "toc.yml")),
                    $"{relativePath}: '{href}' is neither a folder with a toc.yml nor a folder DocFX generates.");
            }
            else
            {
                Assert.True(File.Exists(target), $"{relativePath}: '{href}' does not exist.");
            }
        }
    }

    public static TheoryData<string> TocFiles() => new(s_tocFiles);

    [Fact]
    public void Articles_EveryArticle_IsInTheArticlesToc()
    {
        string folder = RepositoryRoot.Combine("docs/articles");
        HashSet<string> listed = TocHrefs(File.ReadAllText(Path.Combine(folder, "toc.yml"))).ToHashSet(StringComparer.Ordinal);

        List<string> orphans = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !listed.Contains(f))
            .ToList();

        Assert.True(orphans.Count == 0, $"Articles missing from docs/articles/toc.yml: {string.Join(", ", orphans)}");
    }

    [Fact]
    public void DocfxJson_File_IsValidWithMetadataAndBuildSections()
    {
        using JsonDocument docfx = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("docs/docfx.json")));

        JsonElement metadata = docfx.RootElement.GetProperty("metadata");
        Assert.Equal(JsonValueKind.Array, metadata.ValueKind);
        Assert.Contains(
            metadata.EnumerateArray().SelectMany(m => m.GetProperty("src").EnumerateArray()).SelectMany(s => s.GetProperty("files").EnumerateArray()),
            f => f.GetString()!.EndsWith(".csproj", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Array, docfx.RootElement.GetProperty("build").GetProperty("content").ValueKind);
    }

    [Fact]
    public void QuickStart_Readme_GivesTheDemoAndTestCommands()
    {
        List<string> commands = QuickStartCommands(File.ReadAllText(RepositoryRoot.Combine("README.md")));

        Assert.Equal(["./build.sh demo", "./build.sh test"], commands);
    }

    [Fact]
    public void CiRun_Script_InvokesTheReadmeTestCommand()
    {
        string testCommand = QuickStartCommands(File.ReadAllText(RepositoryRoot.Combine("README.md")))
            .Single(c => c.StartsWith("./build.sh test", StringComparison.Ordinal));
        IEnumerable<string> ciCommands = File.ReadAllLines(RepositoryRoot.Combine(".ci/run"))
            .Select(StripComment)
            .Where(l => l.Length > 0);

        Assert.Contains(testCommand, ciCommands);
        Assert.True(File.Exists(RepositoryRoot.Combine("build.sh")), "build.sh is missing.");
    }

    [Fact]
    public void QuickStartCommands_SampleReadme_ReadsTheFirstCodeBlockOfTheSection()
    {
        const string Markdown = """
            # Title
            ```bash
            ./other.sh
            ```
            ## Quick start
            Text.
            ```bash
            # a comment line
            ./build.sh demo   # runs the demo
            ./build.sh test
            ```
            ```bash
            ./later.sh
            ```
            """;

        Assert.Equal(["./build.sh demo", "./build.sh test"], QuickStartCommands(Markdown));
    }

    /// <summary>Returns the relative link targets of a Markdown text, without anchors; web, mail and anchor-only links are left out.</summary>
    internal static IEnumerable<string> RelativeLinks(string markdown)
    {
        string text = InlineCode().Replace(FencedCode().Replace(markdown, string.Empty), string.Empty);
        IEnumerable<string> targets = InlineLink().Matches(text).Select(m => m.Groups["target"].Value)
            .Concat(ReferenceLink().Matches(text).Select(m => m.Groups["target"].Value));
        foreach (string target in targets)
        {
            string link = target.Trim('<', '>');
            if (link.Length == 0 || link.StartsWith('#') || UriScheme().IsMatch(link))
            {
                continue;
            }

            int cut = link.IndexOfAny(['#', '?']);
            yield return cut >= 0 ? link[..cut] : link;
        }
    }

    /// <summary>Returns the commands of the first code block under the README's "Quick start" heading, comments removed.</summary>
    internal static List<string> QuickStartCommands(string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int heading = Array.FindIndex(lines, l => QuickStartHeading().IsMatch(l));
        Assert.True(heading >= 0, "The README has no 'Quick start' heading.");
        int open = Array.FindIndex(lines, heading + 1, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
        Assert.True(open > heading, "The README's 'Quick start' section has no code block.");
        int close = Array.FindIndex(lines, open + 1, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
        Assert.True(close > open, "The README's 'Quick start' code block is not closed.");
        return lines[(open + 1)..close].Select(StripComment).Where(l => l.Length > 0).ToList();
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return (hash >= 0 ? line[..hash] : line).Trim();
    }

    private static IEnumerable<string> TocHrefs(string yaml)
        => TocHref().Matches(yaml).Select(m => m.Groups["href"].Value.Trim().Trim('"', '\''));

    /// <summary>Folders (relative to docs/) that DocFX writes from the API metadata; the repository does not hold them.</summary>
    private static HashSet<string> GeneratedFolders()
    {
        using JsonDocument docfx = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("docs/docfx.json")));
        return docfx.RootElement.GetProperty("metadata").EnumerateArray()
            .Where(m => m.TryGetProperty("dest", out _))
            .Select(m => m.GetProperty("dest").GetString()!.Trim('/'))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> AllMarkdownFiles()
    {
        string docs = RepositoryRoot.Combine("docs");
        IEnumerable<string> docsFiles = Directory.Exists(docs)
            ? Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("docs/api/", StringComparison.Ordinal) && !f.StartsWith("docs/_site/", StringComparison.Ordinal))
            : [];
        return s_topLevelDocuments.Concat(docsFiles.Order(StringComparer.Ordinal));
    }

    private static bool Exists(string path)
    {
        string full = Path.GetFullPath(Uri.UnescapeDataString(path));
        return File.Exists(full) || Directory.Exists(full);
    }

    [GeneratedRegex(@"^[ \t]*```.*?^[ \t]*```[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\[[^\]\n]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s*\[[^\]\n]+\]:\s*(?<target>\S+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex(@"^\s*-?\s*(?:href|topicHref):\s*(?<href>\S.*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex TocHref();

    [GeneratedRegex(@"^#{1,6}\s+Quick start\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuickStartHeading();
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using B2B2C.Sdk.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>
/// Every C# code block in the README and the articles compiles against the SDK and runs without an exception, so
/// the documentation cannot drift from the API. The blocks of one file form one program, in order: later blocks
/// may use what earlier ones declared. <c>using</c> lines are gathered at the top, and blocks that declare types
/// go after the statements, as C# requires.
/// </summary>
public sealed partial class DocsSnippetTests
{
    private static readonly string[] s_rootDocuments = ["README.md"];

    public static TheoryData<string> DocumentsWithCode()
    {
        var data = new TheoryData<string>();
        foreach (string file in s_rootDocuments.Concat(
            Directory.EnumerateFiles(RepositoryRoot.Combine("docs"), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("docs/api/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)))
        {
            if (CodeBlocks(File.ReadAllText(RepositoryRoot.Combine(file))).Any())
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentsWithCode))]
    public async Task CodeBlocks_Document_CompileAndRun(string relativePath)
    {
        string program = BuildProgram(CodeBlocks(File.ReadAllText(RepositoryRoot.Combine(relativePath))));

        Assembly assembly = Compile(relativePath, program);
        TextWriter original = Console.Out;
        try
        {
            Console.SetOut(TextWriter.Null);
            object? result = assembly.EntryPoint!.Invoke(null, [Array.Empty<string>()]);
            if (result is Task task)
            {
                await task;
            }
        }
        catch (TargetInvocationException error)
        {
            Assert.Fail($"The code in {relativePath} throws {error.InnerException}\n\n{program}");
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public void BuildProgram_SampleBlocks_HoistsUsingsAndPutsTypesLast()
    {
        string program = BuildProgram(
        [
            "using System;\nvar x = 1;",
            "public sealed class Helper { }",
            "using System;\nusing B2B2C.Sdk;\nConsole.WriteLine(x);",
        ]);

        Assert.Equal(
            "using System;\nusing B2B2C.Sdk;\nvar x = 1;\nConsole.WriteLine(x);\npublic sealed class Helper { }\n",
            program.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static IEnumerable<string> CodeBlocks(string markdown)
        => CSharpBlock().Matches(markdown).Select(m => m.Groups["code"].Value);

    private static string BuildProgram(IEnumerable<string> blocks)
    {
        var usings = new List<string>();
        var statements = new StringBuilder();
        var declarations = new StringBuilder();
        foreach (string block in blocks)
        {
            var body = new StringBuilder();
            foreach (string line in block.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                if (line.StartsWith("using ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(';') && !line.Contains('(', StringComparison.Ordinal))
                {
                    if (!usings.Contains(line.TrimEnd()))
                    {
                        usings.Add(line.TrimEnd());
                    }
                }
                else
                {
                    body.Append(line).Append('\n');
                }
            }

            string code = body.ToString().Trim('\n');
            (DeclaresTypes(code) ? declarations : statements).Append(code).Append('\n');
        }

        return string.Join('\n', usings) + "\n" + statements + declarations;
    }

    private static bool DeclaresTypes(string code)
    {
        string first = code.TrimStart().Split('\n')[0];
        return TypeDeclaration().IsMatch(first);
    }

    private static Assembly Compile(string name, string program)
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        IEnumerable<MetadataReference> references = platform
            .Concat(
            [
                typeof(Money).Assembly.Location,
                typeof(B2B2C.Sdk.Catalog.SourceProduct).Assembly.Location,
                typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location,
                typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
                typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location,
            ])
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));

        CSharpCompilation compilation = CSharpCompilation.Create(
            "Snippets_" + Path.GetFileNameWithoutExtension(name),
            [CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        string[] errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToArray();
        Assert.True(result.Success, $"The code in {name} does not compile:\n{string.Join('\n', errors)}\n\n{program}");
        return Assembly.Load(stream.ToArray());
    }

    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^(public |internal |file |sealed |static |abstract |readonly |partial )*(class|record|struct|interface|enum) ")]
    private static partial Regex TypeDeclaration();
}

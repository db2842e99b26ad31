using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>
/// The exported surface of each shipped package is approved in a checked-in file
/// (<c>tests/B2B2C.Sdk.Tests/PublicAPI.approved.txt</c> for the core package,
/// <c>tests/B2B2C.Sdk.Tests/PublicAPI.&lt;package&gt;.approved.txt</c> for the others): a change to the surface changes
/// that file, and reviewers read the change. Run the tests with <c>B2B2C_REGENERATE=1</c> to accept the current surface.
/// </summary>
public sealed class PublicApiTests
{
    private const string RegenerateVariable = "B2B2C_REGENERATE";

    [Theory]
    [MemberData(nameof(ShippedAssemblies.Names), MemberType = typeof(ShippedAssemblies))]
    public void PublicApi_ShippedAssembly_MatchesApprovedFile(string assemblyName)
    {
        string suffix = assemblyName == ShippedAssemblies.Core ? string.Empty : "." + assemblyName;
        string approvedPath = $"tests/B2B2C.Sdk.Tests/PublicAPI{suffix}.approved.txt";
        string receivedPath = $"tests/B2B2C.Sdk.Tests/PublicAPI{suffix}.received.txt";
        string received = PublicApiWriter.Write(ShippedAssemblies.Get(assemblyName));
        string approvedFile = RepositoryRoot.Combine(approvedPath);
        string receivedFile = RepositoryRoot.Combine(receivedPath);

        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(approvedFile, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedFile);
        }

        string approved = File.Exists(approvedFile) ? Normalize(File.ReadAllText(approvedFile)) : string.Empty;
        if (string.Equals(approved, received, StringComparison.Ordinal))
        {
            File.Delete(receivedFile);
        }
        else
        {
            File.WriteAllText(receivedFile, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        Assert.True(
            string.Equals(approved, received, StringComparison.Ordinal),
            $"The public API of {assemblyName} differs from {approvedPath} (the surface was written to {receivedPath}).\n"
            + $"Review the change, then accept it with {RegenerateVariable}=1 ./build.sh test.\n"
            + Difference(approved, received));
    }

    [Fact]
    public void PublicApi_WrittenTwice_IsIdentical()
    {
        string first = PublicApiWriter.Write(typeof(Currency).Assembly);
        string second = PublicApiWriter.Write(typeof(Currency).Assembly);

        Assert.Equal(first, second);
        Assert.Contains("public readonly struct B2B2C.Sdk.Currency", first, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Lists the lines only one side has: "- " approved but gone, "+ " new in the received surface.</summary>
    private static string Difference(string approved, string received)
    {
        List<string> removed = Subtract(Lines(approved), Lines(received));
        List<string> added = Subtract(Lines(received), Lines(approved));
        var text = new StringBuilder();
        foreach (string line in removed)
        {
            text.Append("- ").Append(line).Append('\n');
        }

        foreach (string line in added)
        {
            text.Append("+ ").Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string[] Lines(string text)
        => text.Split('\n').Where(l => l.Length > 0 && l != "{" && l != "}").ToArray();

    private static List<string> Subtract(string[] from, string[] other)
    {
        var remaining = other.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (string line in from)
        {
            if (remaining.TryGetValue(line, out int count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }
}

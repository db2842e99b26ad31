using System;
using System.IO;
using System.Text;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests.Generation;

/// <summary>
/// Reads and writes the checked-in sources the generators in this folder produce, and escapes text for their XML
/// documentation. With <c>B2B2C_REGENERATE=1</c> a generator test writes its files instead of comparing them.
/// </summary>
internal static class GeneratedSourceFile
{
    /// <summary>The environment variable that turns a comparison into a rewrite.</summary>
    internal const string RegenerateVariable = "B2B2C_REGENERATE";

    /// <summary>Gets a value indicating whether the tests run to rewrite the generated sources.</summary>
    internal static bool Regenerating => Environment.GetEnvironmentVariable(RegenerateVariable) == "1";

    /// <summary>Reads a checked-in source given relative to the repository root, with <c>\n</c> line endings.</summary>
    /// <returns>The text, or an empty string when the file is missing.</returns>
    internal static string Read(string relativePath)
    {
        string path = RepositoryRoot.Combine(relativePath);
        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n") : string.Empty;
    }

    /// <summary>Writes a source given relative to the repository root, as UTF-8 without a byte order mark.</summary>
    internal static void Write(string relativePath, string text)
        => File.WriteAllText(RepositoryRoot.Combine(relativePath), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> for XML documentation text.</summary>
    internal static string XmlText(string value)
        => value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}

using System;
using System.IO;

namespace B2B2C.Sdk.Testing;

/// <summary>Finds the repository the tests run from: the first folder above the test binaries holding the solution.</summary>
public static class RepositoryRoot
{
    private const string SolutionFileName = "B2B2C.Sdk.sln";

    private static readonly Lazy<string> s_path = new(Find);

    /// <summary>Gets the full path of the repository root.</summary>
    public static string Path => s_path.Value;

    /// <summary>Returns the full path of a file or folder given relative to the repository root with '/' separators.</summary>
    public static string Combine(string relativePath)
        => System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string Find()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above '{AppContext.BaseDirectory}' holds {SolutionFileName}; the tests that read repository files run from a clone of the repository.");
    }
}

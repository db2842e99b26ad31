using System;

namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>The text of a catalog manifest is malformed; the exception names the line of the first problem.</summary>
public sealed class CatalogManifestFormatException : FormatException
{
    /// <summary>Initializes an exception without details.</summary>
    public CatalogManifestFormatException()
        : base("The catalog manifest is malformed.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CatalogManifestFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogManifestFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception for a problem on one line.</summary>
    /// <param name="lineNumber">The 1-based line of the problem.</param>
    /// <param name="problem">The problem, as a sentence.</param>
    public CatalogManifestFormatException(long lineNumber, string problem)
        : base($"Catalog manifest, line {lineNumber}: {problem}")
    {
        LineNumber = lineNumber;
    }

    /// <summary>Gets the 1-based line of the problem, or 0 when not known.</summary>
    public long LineNumber { get; }
}

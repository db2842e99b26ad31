using System;
using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Catalog;

/// <summary>Thrown when a target schema or mapping spec document cannot be used; lists every problem found.</summary>
/// <remarks>The message names the first problems; <see cref="Diagnostics"/> holds all of them, errors first.</remarks>
public sealed class CatalogDefinitionException : FormatException
{
    /// <summary>Initializes the exception with the problems found.</summary>
    /// <param name="documentName">The document's name (for example the file name).</param>
    /// <param name="diagnostics">The problems; at least one should be an error.</param>
    public CatalogDefinitionException(string documentName, ImmutableArray<MappingDiagnostic> diagnostics)
        : base(Describe(documentName, diagnostics))
    {
        DocumentName = documentName;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>Initializes the exception with a message.</summary>
    public CatalogDefinitionException()
        : this("document", [])
    {
    }

    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CatalogDefinitionException(string message)
        : base(message)
    {
        DocumentName = string.Empty;
        Diagnostics = [];
    }

    /// <summary>Initializes the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        DocumentName = string.Empty;
        Diagnostics = [];
    }

    /// <summary>Gets the name of the document that was rejected.</summary>
    public string DocumentName { get; }

    /// <summary>Gets every problem found, errors first, then in document order.</summary>
    public ImmutableArray<MappingDiagnostic> Diagnostics { get; }

    private static string Describe(string documentName, ImmutableArray<MappingDiagnostic> diagnostics)
    {
        if (diagnostics.IsDefaultOrEmpty)
        {
            return $"'{documentName}' cannot be used.";
        }

        int errors = diagnostics.Count(d => d.IsError);
        string first = string.Join("; ", diagnostics.Where(d => d.IsError).Take(3).Select(d => d.ToString()));
        return $"'{documentName}' cannot be used: {errors} error(s). {first}{(errors > 3 ? "; ..." : string.Empty)}";
    }
}

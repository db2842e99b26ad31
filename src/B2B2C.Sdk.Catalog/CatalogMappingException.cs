using System;

namespace B2B2C.Sdk.Catalog;

/// <summary>Mapping one product failed with an exception, which stopped the run; names the product and where it was found.</summary>
/// <remarks>
/// Problems with the data are <see cref="CatalogIssue"/>s, not exceptions: this one means the mapper itself failed (a
/// bug or an unavailable resource). <see cref="Exception.InnerException"/> holds the mapper's exception.
/// </remarks>
public sealed class CatalogMappingException : Exception
{
    /// <summary>Initializes an exception without details.</summary>
    public CatalogMappingException()
        : base("Mapping a catalog product failed.")
    {
        ProductKey = string.Empty;
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CatalogMappingException(string message)
        : base(message)
    {
        ProductKey = string.Empty;
    }

    /// <summary>Initializes an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        ProductKey = string.Empty;
    }

    /// <summary>Initializes an exception for a product whose mapping threw.</summary>
    /// <param name="product">The product.</param>
    /// <param name="innerException">What the mapper threw.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CatalogMappingException(SourceProduct product, Exception innerException)
        : base(MessageFor(product, innerException), innerException)
    {
        ProductKey = product.Key;
        Location = product.Location;
    }

    /// <summary>Gets the key of the product whose mapping failed; empty when unknown.</summary>
    public string ProductKey { get; }

    /// <summary>Gets where the product was found.</summary>
    public SourceLocation Location { get; }

    private static string MessageFor(SourceProduct product, Exception innerException)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(innerException);
        return $"Mapping product '{product.Key}' ({product.Location}) failed: {innerException.Message}";
    }
}

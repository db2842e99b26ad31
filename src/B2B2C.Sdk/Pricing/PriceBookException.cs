using System;
using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>Thrown when a price book cannot be loaded or compiled; lists every problem with its location.</summary>
/// <remarks>Not transient: the data must be fixed. The snapshot in force is unchanged.</remarks>
public sealed class PriceBookException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class.</summary>
    public PriceBookException()
        : this("The price book is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class.</summary>
    /// <param name="message">The message.</param>
    public PriceBookException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public PriceBookException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class listing the errors.</summary>
    /// <param name="errors">The errors found.</param>
    public PriceBookException(ImmutableArray<PricingDiagnostic> errors)
        : base($"The price book has {errors.Length} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(50))}")
    {
        Errors = errors;
    }

    /// <summary>Gets the errors, each naming its path.</summary>
    public ImmutableArray<PricingDiagnostic> Errors { get; }
}

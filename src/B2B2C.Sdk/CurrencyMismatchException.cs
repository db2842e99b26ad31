using System;

namespace B2B2C.Sdk;

/// <summary>
/// Thrown when an operation combines amounts of two different currencies, which is never done implicitly:
/// convert one of them first through an <see cref="IExchangeRateSource"/>.
/// </summary>
/// <remarks>A broken invariant in the caller's logic, never transient.</remarks>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    public CurrencyMismatchException()
        : base("The operation combines amounts of different currencies.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public CurrencyMismatchException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CurrencyMismatchException"/> class naming both currencies.</summary>
    /// <param name="operation">The operation attempted, for example "add".</param>
    /// <param name="left">The currency of the left operand.</param>
    /// <param name="right">The currency of the right operand.</param>
    public CurrencyMismatchException(string operation, Currency left, Currency right)
        : base($"Cannot {operation} amounts in {left.Code} and {right.Code}: convert one of them explicitly through an exchange rate first.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>Gets the currency of the left operand, or <c>XXX</c> when not recorded.</summary>
    public Currency Left { get; }

    /// <summary>Gets the currency of the right operand, or <c>XXX</c> when not recorded.</summary>
    public Currency Right { get; }
}

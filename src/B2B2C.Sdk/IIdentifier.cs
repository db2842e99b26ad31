using System;

namespace B2B2C.Sdk;

/// <summary>
/// Describes a strongly typed identifier (<see cref="Sku"/>, <see cref="CustomerId"/>, <see cref="OrderId"/>, ...):
/// a validated string compared ordinally, parsed through <see cref="ISpanParsable{TSelf}"/>.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// <para>
/// A valid identifier is 1 to 128 UTF-16 characters, has no leading or trailing white space, no control characters
/// and no unpaired surrogates. Identifiers are case-sensitive, exactly as the source system writes them.
/// </para>
/// <para>
/// The interface lets one generic JSON converter, <see cref="Serialization.IdentifierJsonConverter{TIdentifier}"/>,
/// serve every identifier type. Implementations are immutable and thread-safe.
/// </para>
/// </remarks>
public interface IIdentifier<TSelf> : IEquatable<TSelf>, ISpanParsable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the identifier as the source system writes it; <see langword="null"/> for <c>default</c>.</summary>
    string Value { get; }
}

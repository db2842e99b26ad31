using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using B2B2C.Sdk.Serialization;

namespace B2B2C.Sdk;

/// <summary>The identifier of a sales channel: the B2B shop, a B2C marketplace or an EDI trading partner.</summary>
/// <remarks>
/// <para>
/// A valid ChannelId is 1 to 128 characters with no leading or trailing white space, no control characters and no unpaired
/// surrogates, for example <c>marketplace-de</c>. It is case-sensitive and compared ordinally, exactly as the source system
/// writes it: <c>abc</c> and <c>ABC</c> are different identifiers. In JSON it is a string, also as a dictionary key.
/// </para>
/// <para>
/// <c>default(ChannelId)</c> is the uninitialized identifier: its <see cref="Value"/> is <see langword="null"/>,
/// <see cref="ToString"/> returns an empty string, it equals only another <c>default</c>, and JSON serialization
/// rejects it. Test for it with <c>id == default</c>. The value is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<ChannelId>))]
public readonly struct ChannelId : IIdentifier<ChannelId>
{
    private readonly string _value;

    /// <summary>Initializes a new instance of the <see cref="ChannelId"/> struct.</summary>
    /// <param name="value">The identifier as the source system writes it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, longer than 128 characters, starts or ends
    /// with white space, or contains a control character or an unpaired surrogate.</exception>
    public ChannelId(string value) => _value = IdentifierRules.Validate(value, nameof(ChannelId), nameof(value));

    /// <summary>Gets the identifier as the source system writes it; <see langword="null"/> for <c>default</c>.</summary>
    public string Value => _value;

    /// <summary>Parses a ChannelId; the same as the constructor, but failing with <see cref="FormatException"/>.</summary>
    /// <param name="s">The identifier.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid ChannelId.</exception>
    public static ChannelId Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!IdentifierRules.IsValid(s.AsSpan()))
        {
            throw new FormatException(IdentifierRules.Explain(nameof(ChannelId), s.AsSpan()));
        }

        return new ChannelId(s);
    }

    /// <summary>Parses a ChannelId, failing with <see cref="FormatException"/>.</summary>
    /// <param name="s">The identifier.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid ChannelId.</exception>
    public static ChannelId Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
    {
        if (!IdentifierRules.IsValid(s))
        {
            throw new FormatException(IdentifierRules.Explain(nameof(ChannelId), s));
        }

        return new ChannelId(s.ToString());
    }

    /// <summary>Tries to parse a ChannelId.</summary>
    /// <param name="s">The identifier.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <param name="result">The identifier when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid ChannelId.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ChannelId result)
    {
        result = s is not null && IdentifierRules.IsValid(s.AsSpan()) ? new ChannelId(s) : default;
        return s is not null && result._value is not null;
    }

    /// <summary>Tries to parse a ChannelId.</summary>
    /// <param name="s">The identifier.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <param name="result">The identifier when valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid ChannelId.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ChannelId result)
    {
        result = IdentifierRules.IsValid(s) ? new ChannelId(s.ToString()) : default;
        return result._value is not null;
    }

    /// <summary>Converts a string to a ChannelId; the same as the constructor.</summary>
    /// <param name="value">The identifier as the source system writes it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid ChannelId.</exception>
    public static explicit operator ChannelId(string value) => new(value);

    /// <summary>Determines whether two identifiers are the same, comparing ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when both hold the same characters, or both are <c>default</c>.</returns>
    public static bool operator ==(ChannelId left, ChannelId right) => left.Equals(right);

    /// <summary>Determines whether two identifiers differ, comparing ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when the identifiers differ.</returns>
    public static bool operator !=(ChannelId left, ChannelId right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ChannelId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChannelId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the identifier as the source system writes it.</summary>
    /// <returns><see cref="Value"/>, or an empty string for <c>default</c>.</returns>
    public override string ToString() => _value ?? string.Empty;
}

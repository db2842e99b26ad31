using System;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog;

/// <summary>Settings for compiling and running a <see cref="CatalogMapper"/>.</summary>
/// <remarks>The class is immutable; derive variations with <c>with</c>-style copies through the init properties.</remarks>
public sealed class CatalogMapperOptions
{
    /// <summary>Gets the default options: the built-in unit table, a one-second regular-expression timeout, six decimals for inexact conversions.</summary>
    public static CatalogMapperOptions Default { get; } = new();

    /// <summary>Gets the unit table that resolves unit codes, symbols and aliases.</summary>
    /// <value>Defaults to <see cref="MeasureUnitTable.Default"/>.</value>
    public MeasureUnitTable Units { get; init; } = MeasureUnitTable.Default;

    /// <summary>Gets how long one regular expression may run on one value before the rule is stopped with an issue.</summary>
    /// <value>Defaults to one second.</value>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the decimals an inexact unit conversion (such as °F to °C) is rounded to when the attribute sets none.</summary>
    /// <value>Defaults to 6; the rounding is half-to-even and is reported as a warning.</value>
    public int InexactConversionDecimals { get; init; } = 6;
}

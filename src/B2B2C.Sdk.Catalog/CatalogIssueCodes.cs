namespace B2B2C.Sdk.Catalog;

/// <summary>The stable codes of the <see cref="CatalogIssue"/>s the mapper reports: <c>CM1xx</c> for mapping, <c>CV2xx</c> for validation.</summary>
/// <remarks>Reading codes (<c>CR0xx</c>) are listed by <c>CatalogReadCodes</c> in <c>B2B2C.Sdk.Catalog.Readers</c>.</remarks>
public static class CatalogIssueCodes
{
    /// <summary>CM101: the product's classification code maps to no product type and the spec has no fallback.</summary>
    public const string NoProductType = "CM101";

    /// <summary>CM102: a source value that should be a number cannot be read as one.</summary>
    public const string NumberUnreadable = "CM102";

    /// <summary>CM103: a source value names a unit the unit table does not know.</summary>
    public const string UnknownUnit = "CM103";

    /// <summary>CM104: a source unit cannot be converted into the target unit (another dimension), or the result overflows.</summary>
    public const string UnitNotConvertible = "CM104";

    /// <summary>CM105: the target wants a unit, but neither the source value, its field nor the rule says which unit the number is in.</summary>
    public const string UnitMissing = "CM105";

    /// <summary>CM106: a value-map rule has no entry for the source value and no <c>otherwise</c>.</summary>
    public const string ValueNotMapped = "CM106";

    /// <summary>CM107: a lookup table has no entry for the source value and the rule has no <c>otherwise</c>.</summary>
    public const string LookupMissing = "CM107";

    /// <summary>CM108 (warning, or error when the spec forbids it): a localized value came from a fallback language.</summary>
    public const string LanguageFallback = "CM108";

    /// <summary>CM109 (warning): a unit conversion whose exact result is not a finite decimal was rounded.</summary>
    public const string InexactConversion = "CM109";

    /// <summary>CM110: a source value that should be a boolean is none of true, false, yes, no, y, n, 1, 0.</summary>
    public const string BooleanUnreadable = "CM110";

    /// <summary>CM111: a source value that should be a range (<c>min..max</c>, <c>min to max</c>, <c>min - max</c>) cannot be read as one.</summary>
    public const string RangeUnreadable = "CM111";

    /// <summary>CM112: a regular expression took too long on a source value (a pathological input) and was stopped.</summary>
    public const string RuleTimedOut = "CM112";

    /// <summary>CV201: a required attribute (in a required language) has no value.</summary>
    public const string RequiredMissing = "CV201";

    /// <summary>CV202: a text is longer than the attribute allows (counted in Unicode characters).</summary>
    public const string TooLong = "CV202";

    /// <summary>CV203: a text does not match the attribute's pattern.</summary>
    public const string PatternMismatch = "CV203";

    /// <summary>CV204: a number is below the attribute's minimum.</summary>
    public const string BelowMinimum = "CV204";

    /// <summary>CV205: a number is above the attribute's maximum.</summary>
    public const string AboveMaximum = "CV205";

    /// <summary>CV206: a value is not among the attribute's allowed values.</summary>
    public const string ValueNotAllowed = "CV206";

    /// <summary>CV207: a number's unit is not among the attribute's allowed units and cannot be converted into one.</summary>
    public const string UnitNotAllowed = "CV207";

    /// <summary>CV208: a number has more decimals than the attribute's fixed decimals (it is never rounded silently).</summary>
    public const string TooManyDecimals = "CV208";

    /// <summary>CV209: a multi-enum attribute has more values than it allows.</summary>
    public const string TooManyValues = "CV209";

    /// <summary>CV210: a range's minimum is greater than its maximum.</summary>
    public const string RangeInverted = "CV210";
}

namespace B2B2C.Sdk.Catalog;

/// <summary>How a mapping rule produces a target value.</summary>
public enum FieldRuleKind
{
    /// <summary>Copies a source field's value (converting its unit when the target is a number).</summary>
    Copy = 0,

    /// <summary>Fills a template such as <c>{MANUFACTURER_NAME} {MANUFACTURER_PID}</c> with source values.</summary>
    Template = 1,

    /// <summary>Looks a source value up in one of the spec's named tables.</summary>
    Lookup = 2,

    /// <summary>Maps source values onto the target's value list with an inline map.</summary>
    ValueMap = 3,

    /// <summary>Extracts a group of a regular expression from a source value.</summary>
    Regex = 4,

    /// <summary>Reads a number (optionally with a decimal comma or an inline unit), converts its unit and formats it.</summary>
    Number = 5,

    /// <summary>Produces a fixed value; placed last, it is the attribute's default.</summary>
    Constant = 6,
}

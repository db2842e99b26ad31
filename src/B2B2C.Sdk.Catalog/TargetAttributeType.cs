namespace B2B2C.Sdk.Catalog;

/// <summary>The kind of value a marketplace product-type attribute holds.</summary>
public enum TargetAttributeType
{
    /// <summary>Free text, optionally localized, with a maximum length and a pattern.</summary>
    Text = 0,

    /// <summary>A decimal number, optionally with a unit, a minimum, a maximum and fixed decimals.</summary>
    Number = 1,

    /// <summary>One value from a list of allowed values.</summary>
    Enum = 2,

    /// <summary>Several values from a list of allowed values.</summary>
    MultiEnum = 3,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean = 4,

    /// <summary>A range of two decimal numbers (<c>min..max</c>) in one unit, such as an operating temperature.</summary>
    Range = 5,
}

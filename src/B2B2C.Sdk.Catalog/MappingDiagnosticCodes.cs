namespace B2B2C.Sdk.Catalog;

/// <summary>The stable codes of <see cref="MappingDiagnostic"/>: problems in schema and spec documents, found before anything runs.</summary>
public static class MappingDiagnosticCodes
{
    /// <summary>CS001: the document is not valid JSON (the message gives the line and byte).</summary>
    public const string InvalidJson = "CS001";

    /// <summary>CS002: a property the format does not define (extensions start with <c>x-</c>).</summary>
    public const string UnknownProperty = "CS002";

    /// <summary>CS003: a required property is missing or empty.</summary>
    public const string MissingProperty = "CS003";

    /// <summary>CS004: a property has the wrong JSON type.</summary>
    public const string WrongType = "CS004";

    /// <summary>CS005: a property has a value the format does not allow (an unknown attribute type or rule kind, a negative length).</summary>
    public const string InvalidValue = "CS005";

    /// <summary>CS006: two product types, attributes, rules or tables share an id.</summary>
    public const string Duplicate = "CS006";

    /// <summary>CS007: a product type refers to an attribute set the schema does not define.</summary>
    public const string UnknownAttributeSet = "CS007";

    /// <summary>CS008: a pattern is not a valid .NET regular expression.</summary>
    public const string InvalidPattern = "CS008";

    /// <summary>CS009 (warning): a constraint that does not apply to the attribute's type and is ignored.</summary>
    public const string IgnoredConstraint = "CS009";

    /// <summary>CS010: a unit the unit table does not know.</summary>
    public const string UnknownUnit = "CS010";

    /// <summary>CS011 (warning): a JSON Schema keyword outside the supported subset, ignored on import.</summary>
    public const string UnsupportedKeyword = "CS011";

    /// <summary>MS001: a required attribute of a product type that no rule fills.</summary>
    public const string RequiredAttributeUnfilled = "MS001";

    /// <summary>MS002 (warning): a required attribute filled only by conditional rules without a default, so some products may miss it.</summary>
    public const string RequiredAttributeConditional = "MS002";

    /// <summary>MS003: a rule targets an attribute that no product type it applies to has.</summary>
    public const string UnknownTargetAttribute = "MS003";

    /// <summary>MS004: a value map or constant produces a value the target enum does not allow.</summary>
    public const string ValueNotAllowed = "MS004";

    /// <summary>MS005: a unit conversion between units of different dimensions.</summary>
    public const string IncompatibleUnits = "MS005";

    /// <summary>MS006: a rule reads a source field the declared source schema does not have.</summary>
    public const string UnknownSourceField = "MS006";

    /// <summary>MS007: a rule refers to a lookup table the spec does not define.</summary>
    public const string UnknownTable = "MS007";

    /// <summary>MS008: the category mapping names a product type the target schema does not have.</summary>
    public const string UnknownProductType = "MS008";

    /// <summary>MS009: a rule kind that cannot fill the target attribute's type (a boolean from a regex group count, for example).</summary>
    public const string RuleDoesNotFitAttribute = "MS009";

    /// <summary>MS010: a rule targets a language the attribute is not offered in, or a localized attribute without a language.</summary>
    public const string LanguageNotOffered = "MS010";

    /// <summary>MS011: a rule's template, regular expression or number format is malformed.</summary>
    public const string MalformedRule = "MS011";

    /// <summary>MS012: the spec was written for another target schema than the one it is compiled against.</summary>
    public const string SchemaMismatch = "MS012";

    /// <summary>MS013 (warning): an enum value of a required attribute that no rule can ever produce.</summary>
    public const string UnreachableEnumValue = "MS013";
}

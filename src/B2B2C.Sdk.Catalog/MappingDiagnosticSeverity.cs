namespace B2B2C.Sdk.Catalog;

/// <summary>Says whether a problem in a schema or mapping spec stops it from being used.</summary>
public enum MappingDiagnosticSeverity
{
    /// <summary>The schema or spec is rejected; nothing is processed.</summary>
    Error = 0,

    /// <summary>The schema or spec is used; the problem is reported for review.</summary>
    Warning = 1,
}

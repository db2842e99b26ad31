namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>What one rule did for one attribute.</summary>
internal enum RuleOutcome
{
    /// <summary>The rule did not apply (its source was empty or its pattern did not match); the next rule is tried.</summary>
    NoValue = 0,

    /// <summary>The rule produced the attribute's value.</summary>
    Filled = 1,

    /// <summary>The rule found a value it could not turn into a valid one and reported why; no further rule is tried.</summary>
    Failed = 2,
}

namespace B2B2C.Sdk.Catalog;

/// <summary>Says what happens when a localized value is filled from a fallback language.</summary>
public enum LanguageFallbackMode
{
    /// <summary>The fallback is used and the product gets a warning naming both languages.</summary>
    Warn = 0,

    /// <summary>The fallback is used silently.</summary>
    Allow = 1,

    /// <summary>The fallback is not used; a required localized value without its own language is an error.</summary>
    Forbid = 2,
}

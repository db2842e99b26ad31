namespace B2B2C.Sdk.Serialization;

/// <summary>Shared converter instances, so composite converters do not look them up per call.</summary>
internal static class JsonConverterHelpers
{
    internal static readonly CurrencyJsonConverter CurrencyConverter = new();
}

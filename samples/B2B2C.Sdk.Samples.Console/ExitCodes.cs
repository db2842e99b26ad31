namespace B2B2C.Sdk.Samples.Console;

/// <summary>The process exit codes of the console sample.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran to the end.</summary>
    public const int Success = 0;

    /// <summary>Something failed that the input does not explain, for example missing sample data or a catalog run that stopped.</summary>
    public const int Failure = 1;

    /// <summary>
    /// The input was invalid: an unknown command or currency, a malformed number or date, a missing argument, a missing
    /// or invalid catalog, spec, schema or manifest, or a spec that does not compile against its schema.
    /// </summary>
    public const int InvalidInput = 2;
}

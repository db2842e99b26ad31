namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>A top-level type used by the folder-rule tests: its source file is absent from their sample source tree.</summary>
public sealed class SampleTopLevel
{
}

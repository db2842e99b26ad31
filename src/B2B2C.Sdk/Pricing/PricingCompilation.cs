using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>The result of compiling a price book or applying a change: the snapshot, or the errors that prevented it, and every warning.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PricingCompilation
{
    internal PricingCompilation(PricingSnapshot? snapshot, ImmutableArray<PricingDiagnostic> diagnostics)
    {
        Snapshot = snapshot;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the compiled snapshot, or <see langword="null"/> when an error prevented it.</summary>
    public PricingSnapshot? Snapshot { get; }

    /// <summary>Gets every diagnostic, errors first, each naming its path.</summary>
    public ImmutableArray<PricingDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether compilation succeeded (no errors; warnings allowed).</summary>
    public bool Succeeded => Snapshot is not null;

    /// <summary>Gets the errors.</summary>
    public ImmutableArray<PricingDiagnostic> Errors => [.. Diagnostics.Where(d => d.Severity == PricingDiagnosticSeverity.Error)];

    /// <summary>Gets the warnings.</summary>
    public ImmutableArray<PricingDiagnostic> Warnings => [.. Diagnostics.Where(d => d.Severity == PricingDiagnosticSeverity.Warning)];

    /// <summary>Returns the snapshot, or throws with every error listed.</summary>
    /// <returns>The snapshot.</returns>
    /// <exception cref="PriceBookException">Compilation failed.</exception>
    public PricingSnapshot GetSnapshotOrThrow() => Snapshot ?? throw new PriceBookException(Errors);
}

using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>The result of compiling a stock book: the snapshot, or the errors that prevented it, and every warning.</summary>
/// <remarks>Immutable.</remarks>
public sealed class StockCompilation
{
    internal StockCompilation(StockSnapshot? snapshot, ImmutableArray<StockDiagnostic> diagnostics)
    {
        Snapshot = snapshot;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the compiled snapshot, or <see langword="null"/> when an error prevented it.</summary>
    public StockSnapshot? Snapshot { get; }

    /// <summary>Gets every diagnostic, errors first, each naming its path.</summary>
    public ImmutableArray<StockDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether compilation succeeded (no errors; warnings allowed).</summary>
    public bool Succeeded => Snapshot is not null;

    /// <summary>Gets the errors.</summary>
    public ImmutableArray<StockDiagnostic> Errors => [.. Diagnostics.Where(d => d.Severity == PricingDiagnosticSeverity.Error)];

    /// <summary>Gets the warnings.</summary>
    public ImmutableArray<StockDiagnostic> Warnings => [.. Diagnostics.Where(d => d.Severity == PricingDiagnosticSeverity.Warning)];

    /// <summary>Returns the snapshot, or throws with every error listed.</summary>
    /// <returns>The snapshot.</returns>
    /// <exception cref="StockBookException">Compilation failed.</exception>
    public StockSnapshot GetSnapshotOrThrow() => Snapshot ?? throw new StockBookException(Errors);
}

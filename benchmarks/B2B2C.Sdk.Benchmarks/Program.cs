using System;
using BenchmarkDotNet.Running;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/B2B2C.Sdk.Benchmarks -- --filter '*'</c> runs
/// BenchmarkDotNet; <c>-- pricing-compile [S|M|L] [lists]</c> measures compiling a generated price book once;
/// <c>-- catalog-generate &lt;csv|jsonl|bmecat|all&gt; &lt;count&gt; &lt;path&gt;</c> writes a generated supplier catalog and
/// <c>-- catalog-read &lt;path&gt;</c> measures reading one; <c>-- catalog-throughput [count] [--keep]</c> measures mapping
/// one end to end, a 1% delta and jq doing the same mapping.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks the command line selects, or the pricing-compile mode.</summary>
    /// <param name="args">BenchmarkDotNet arguments, for example <c>--filter *Money*</c> or <c>--job Dry</c>; or
    /// <c>pricing-compile</c> followed by a size.</param>
    /// <returns>The process exit code.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && string.Equals(args[0], "pricing-compile", StringComparison.OrdinalIgnoreCase))
        {
            return PricingCompileThroughput.Run(args[1..]);
        }

        if (args.Length > 0 && string.Equals(args[0], "catalog-generate", StringComparison.OrdinalIgnoreCase))
        {
            return CatalogCommands.Generate(args[1..]);
        }

        if (args.Length > 0 && string.Equals(args[0], "catalog-throughput", StringComparison.OrdinalIgnoreCase))
        {
            return CatalogThroughput.RunAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args.Length > 0 && string.Equals(args[0], "catalog-read", StringComparison.OrdinalIgnoreCase))
        {
            return CatalogCommands.ReadAsync(args[1..]).GetAwaiter().GetResult();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

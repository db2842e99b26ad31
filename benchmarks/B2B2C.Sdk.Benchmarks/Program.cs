using System;
using BenchmarkDotNet.Running;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/B2B2C.Sdk.Benchmarks -- --filter '*'</c> runs
/// BenchmarkDotNet; <c>-- pricing-compile [S|M|L] [lists]</c> measures compiling a generated price book once.
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

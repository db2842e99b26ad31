using BenchmarkDotNet.Running;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/B2B2C.Sdk.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks the command line selects.</summary>
    /// <param name="args">BenchmarkDotNet arguments, for example <c>--filter *Money*</c> or <c>--job Dry</c>.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace B2B2C.Sdk.Benchmarks.Tests;

public sealed class BenchmarkDryRunTests
{
    public static TheoryData<string> BenchmarkClasses()
    {
        var data = new TheoryData<string>();
        foreach (Type type in typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void BenchmarkClasses_Exist()
    {
        Assert.NotEmpty(BenchmarkClasses());
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void DryRun_BenchmarkClass_RunsEveryBenchmarkWithoutError(string typeName)
    {
        // The pricing benchmarks run on the small generated book here; the distributor-L book is for measured runs.
        Environment.SetEnvironmentVariable("B2B2C_PRICING_DATASET", "S");

        // The catalog run benchmark maps a small generated catalog here; 10,000 products are for measured runs.
        Environment.SetEnvironmentVariable("B2B2C_CATALOG_PRODUCTS", "200");
        Type type = typeof(Program).Assembly.GetType(typeName, throwOnError: true)!;
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .WithOptions(ConfigOptions.DisableLogFile);

        Summary summary = BenchmarkRunner.Run(type, config);

        Assert.False(summary.HasCriticalValidationErrors, string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
        Assert.NotEmpty(summary.Reports);
        Assert.All(summary.Reports, report => Assert.True(report.Success, $"{report.BenchmarkCase.DisplayInfo} failed."));
    }
}

using System;
using BenchmarkDotNet.Attributes;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// The money hot path: add, multiply, round, and a 10-way allocation (cart discount spread over ten lines).
/// Targets: add and round in a few nanoseconds; the 10-way allocation in at most 400 ns with no allocation beyond
/// the result array (and none at all into a caller's span).
/// </summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private static readonly Currency s_eur = Currency.FromCode("EUR");

    private readonly decimal[] _ratios = [129.90m, 12.35m, 4.99m, 1_250.00m, 87.10m, 0.45m, 310.00m, 19.99m, 54.20m, 7.77m];

    private readonly Money[] _destination = new Money[10];

    private Money _a;

    private Money _b;

    private Money _unrounded;

    private Money _discount;

    /// <summary>Prepares the operands.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _a = Money.Of(1_234.56m, s_eur);
        _b = Money.Of(78.9m, s_eur);
        _unrounded = Money.Of(0.00342m, s_eur) * 12_345m;
        _discount = Money.Of(187.43m, s_eur);
    }

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <returns>The sum.</returns>
    [Benchmark]
    public Money Add() => _a + _b;

    /// <summary>Multiplies a sub-cent unit price by a quantity.</summary>
    /// <returns>The product.</returns>
    [Benchmark]
    public Money Multiply() => _a * 12_345m;

    /// <summary>Rounds an extended line amount to cents with banker's rounding.</summary>
    /// <returns>The rounded amount.</returns>
    [Benchmark]
    public Money RoundToMinorUnit() => _unrounded.RoundToMinorUnit(MidpointRounding.ToEven);

    /// <summary>Allocates a discount over ten lines by their amounts, returning a new array.</summary>
    /// <returns>The parts.</returns>
    [Benchmark]
    public Money[] Allocate10() => _discount.Allocate(_ratios);

    /// <summary>Allocates a discount over ten lines by their amounts into a reused span.</summary>
    /// <returns>The first part.</returns>
    [Benchmark]
    public Money Allocate10IntoSpan()
    {
        _discount.Allocate(_ratios, _destination);
        return _destination[0];
    }

    /// <summary>Splits an amount into ten equal parts.</summary>
    /// <returns>The parts.</returns>
    [Benchmark]
    public Money[] Split10() => _discount.Split(10);
}

using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace B2B2C.Sdk.Tests.Conventions;

public sealed class PublicApiWriterTests
{
    [Fact]
    public void Write_ReadOnlyStruct_DeclaresReadonlyStructAndInterfaces()
    {
        string surface = PublicApiWriter.Write([typeof(SampleValue)]);

        Assert.Contains(
            "public readonly struct B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleValue : System.IEquatable<B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleValue>",
            surface,
            StringComparison.Ordinal);
        Assert.Contains("public SampleValue(decimal amount)", surface, StringComparison.Ordinal);
        Assert.Contains("public decimal Amount { get; }", surface, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Operators_WritesCSharpSymbols()
    {
        string surface = PublicApiWriter.Write([typeof(SampleValue)]);

        Assert.Contains(
            "public static bool operator ==(B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleValue left, B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleValue right);",
            surface,
            StringComparison.Ordinal);
        Assert.Contains("public static implicit operator decimal(B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleValue value);", surface, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StaticClass_DeclaresStaticAndWritesDefaultsAndNullability()
    {
        string surface = PublicApiWriter.Write([typeof(SampleStatics)]);

        Assert.Contains("public static class B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleStatics", surface, StringComparison.Ordinal);
        Assert.Contains("public const int Limit = 42;", surface, StringComparison.Ordinal);
        Assert.Contains(
            "public static string? Describe(string? text, int count = 3, System.Threading.CancellationToken cancellationToken = default);",
            surface,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NullableAnalysisAttribute_IsWrittenOnTheParameter()
    {
        string surface = PublicApiWriter.Write([typeof(SampleStatics)]);

        Assert.Contains(
            "public static bool TryRead([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text, out int length);",
            surface,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SealedRecordWithInitProperty_WritesRecordAndInit()
    {
        string surface = PublicApiWriter.Write([typeof(SampleRecord)]);

        Assert.Contains("public sealed record B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleRecord", surface, StringComparison.Ordinal);
        Assert.Contains("public required string Name { get; init; }", surface, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>$", surface, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AbstractClass_WritesProtectedAndAbstractMembers()
    {
        string surface = PublicApiWriter.Write([typeof(SampleBase)]);

        Assert.Contains("public abstract class B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleBase", surface, StringComparison.Ordinal);
        Assert.Contains("protected SampleBase()", surface, StringComparison.Ordinal);
        Assert.Contains("public abstract int Compute(int value);", surface, StringComparison.Ordinal);
        Assert.Contains("protected virtual void OnComputed();", surface, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Enum_WritesMembersWithValues()
    {
        string surface = PublicApiWriter.Write([typeof(SampleKind)]);

        Assert.Contains("[System.Flags]", surface, StringComparison.Ordinal);
        Assert.Contains("public enum B2B2C.Sdk.Tests.Conventions.PublicApiWriterTests.SampleKind : byte", surface, StringComparison.Ordinal);
        Assert.Contains("Second = 2,", surface, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InternalType_IsLeftOut()
    {
        string surface = PublicApiWriter.Write([typeof(SampleHidden), typeof(SampleStatics)]);

        Assert.DoesNotContain(nameof(SampleHidden), surface, StringComparison.Ordinal);
        Assert.Contains(nameof(SampleStatics), surface, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SeveralTypes_OrdersThemByFullName()
    {
        string surface = PublicApiWriter.Write([typeof(SampleValue), typeof(SampleBase), typeof(SampleStatics)]);

        int baseAt = surface.IndexOf("SampleBase\n", StringComparison.Ordinal);
        int staticsAt = surface.IndexOf("SampleStatics\n", StringComparison.Ordinal);
        int valueAt = surface.IndexOf("SampleValue :", StringComparison.Ordinal);
        Assert.True(baseAt >= 0 && baseAt < staticsAt && staticsAt < valueAt, surface);
    }

    public readonly struct SampleValue : IEquatable<SampleValue>
    {
        public SampleValue(decimal amount)
        {
            Amount = amount;
        }

        public decimal Amount { get; }

        public static bool operator ==(SampleValue left, SampleValue right) => left.Equals(right);

        public static bool operator !=(SampleValue left, SampleValue right) => !left.Equals(right);

        public static implicit operator decimal(SampleValue value) => value.Amount;

        public decimal ToDecimal() => Amount;

        public bool Equals(SampleValue other) => Amount == other.Amount;

        public override bool Equals(object? obj) => obj is SampleValue other && Equals(other);

        public override int GetHashCode() => Amount.GetHashCode();
    }

    public static class SampleStatics
    {
        public const int Limit = 42;

        public static string? Describe(string? text, int count = 3, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return text is null ? null : string.Concat(System.Linq.Enumerable.Repeat(text, count));
        }

        public static bool TryRead([NotNullWhen(true)] string? text, out int length)
        {
            length = text?.Length ?? 0;
            return text is not null;
        }
    }

    public sealed record SampleRecord
    {
        public required string Name { get; init; }
    }

    public abstract class SampleBase
    {
        protected SampleBase()
        {
        }

        public abstract int Compute(int value);

        protected virtual void OnComputed()
        {
        }
    }

    [Flags]
    public enum SampleKind : byte
    {
        None = 0,
        First = 1,
        Second = 2,
    }

    internal sealed class SampleHidden
    {
    }
}

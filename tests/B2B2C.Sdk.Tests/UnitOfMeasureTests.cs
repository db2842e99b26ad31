using System;
using System.Linq;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests;

public sealed class UnitOfMeasureTests
{
    [Theory]
    [InlineData("H87", UnitDimension.Count, "1", true)]
    [InlineData("C62", UnitDimension.Count, "1", true)]
    [InlineData("EA", UnitDimension.Count, "1", true)]
    [InlineData("PR", UnitDimension.Count, "2", true)]
    [InlineData("DZN", UnitDimension.Count, "12", true)]
    [InlineData("MTR", UnitDimension.Length, "1", false)]
    [InlineData("CMT", UnitDimension.Length, "0.01", false)]
    [InlineData("MMT", UnitDimension.Length, "0.001", false)]
    [InlineData("KMT", UnitDimension.Length, "1000", false)]
    [InlineData("KGM", UnitDimension.Mass, "1", false)]
    [InlineData("GRM", UnitDimension.Mass, "0.001", false)]
    [InlineData("LTR", UnitDimension.Volume, "1", false)]
    [InlineData("MLT", UnitDimension.Volume, "0.001", false)]
    [InlineData("MTK", UnitDimension.Area, "1", false)]
    public void FromCode_StandardCode_ReturnsDimensionFactorAndDiscreteness(
        string code, UnitDimension dimension, string factor, bool isDiscrete)
    {
        UnitOfMeasure unit = UnitOfMeasure.FromCode(code);

        Assert.Equal(code, unit.Code);
        Assert.Equal(dimension, unit.Dimension);
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), unit.FactorToBase);
        Assert.Equal(isDiscrete, unit.IsDiscrete);
        Assert.False(unit.IsPack);
        Assert.Null(unit.PackSize);
        Assert.Null(unit.PackContents);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("h87")]
    [InlineData("")]
    [InlineData("SET")]
    public void FromCode_UnknownCode_ThrowsNamingTheCode(string code)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => UnitOfMeasure.FromCode(code));

        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        Assert.False(UnitOfMeasure.TryFromCode(code, out _));
    }

    [Fact]
    public void StandardUnits_EveryUnit_RoundTripsThroughFromCode()
    {
        Assert.Equal(14, UnitOfMeasure.StandardUnits.Count);
        foreach (UnitOfMeasure unit in UnitOfMeasure.StandardUnits)
        {
            Assert.Equal(unit, UnitOfMeasure.FromCode(unit.Code));
        }
    }

    [Fact]
    public void Default_IsPiece()
    {
        Assert.Equal(UnitOfMeasure.Piece, default);
        Assert.Equal("H87", default(UnitOfMeasure).ToString());
    }

    [Fact]
    public void Equals_PieceOneEach_AreDistinctButConvertWithFactorOne()
    {
        Assert.NotEqual(UnitOfMeasure.Piece, UnitOfMeasure.One);
        Assert.NotEqual(UnitOfMeasure.Piece, UnitOfMeasure.Each);
        Assert.Equal(1m, UnitOfMeasure.Piece.ConversionFactorTo(UnitOfMeasure.One));
        Assert.Equal(1m, UnitOfMeasure.Each.ConversionFactorTo(UnitOfMeasure.Piece));
    }

    [Fact]
    public void Pack_ReelOfPieces_IsDiscreteCountWithFactorOfItsSize()
    {
        UnitOfMeasure reel = UnitOfMeasure.Pack("REEL", 5000, UnitOfMeasure.Piece);

        Assert.True(reel.IsPack);
        Assert.True(reel.IsDiscrete);
        Assert.Equal(UnitDimension.Count, reel.Dimension);
        Assert.Equal(5000m, reel.FactorToBase);
        Assert.Equal(5000m, reel.PackSize);
        Assert.Equal(UnitOfMeasure.Piece, reel.PackContents);
        Assert.Equal("REEL(5000 H87)", reel.ToString());
    }

    [Fact]
    public void Pack_ReelOfCable_IsDiscreteLength()
    {
        UnitOfMeasure reel = UnitOfMeasure.Pack("REEL", 100, UnitOfMeasure.Metre);

        Assert.True(reel.IsDiscrete);
        Assert.Equal(UnitDimension.Length, reel.Dimension);
        Assert.Equal(100m, reel.FactorToBase);
        Assert.Equal("REEL(100 MTR)", reel.ToString());
    }

    [Fact]
    public void Pack_BoxOfReels_MultipliesFactors()
    {
        UnitOfMeasure box = UnitOfMeasure.Pack("BOX", 10, UnitOfMeasure.Pack("REEL", 5000, UnitOfMeasure.Piece));

        Assert.Equal(50_000m, box.FactorToBase);
        Assert.Equal("BOX(10 REEL(5000 H87))", box.ToString());
    }

    [Fact]
    public void Equals_PacksWithDifferentSizeOrContents_AreNotEqual()
    {
        UnitOfMeasure reel5000 = UnitOfMeasure.Pack("REEL", 5000, UnitOfMeasure.Piece);

        Assert.Equal(reel5000, UnitOfMeasure.Pack("REEL", 5000.0m, UnitOfMeasure.Piece));
        Assert.Equal(reel5000.GetHashCode(), UnitOfMeasure.Pack("REEL", 5000.0m, UnitOfMeasure.Piece).GetHashCode());
        Assert.NotEqual(reel5000, UnitOfMeasure.Pack("REEL", 4000, UnitOfMeasure.Piece));
        Assert.NotEqual(reel5000, UnitOfMeasure.Pack("REEL", 5000, UnitOfMeasure.Each));
        Assert.NotEqual(reel5000, UnitOfMeasure.Pack("TRAY", 5000, UnitOfMeasure.Piece));
        Assert.False(reel5000 == UnitOfMeasure.Piece);
    }

    [Theory]
    [InlineData("", "10", "''")]
    [InlineData("RE EL", "10", "'RE EL'")]
    [InlineData("RÉEL", "10", "'RÉEL'")]
    [InlineData("H87", "10", "'H87'")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", "10", "'ABCDEFGHIJKLMNOPQRSTU'")]
    [InlineData("REEL", "0", "size 0")]
    [InlineData("REEL", "-5", "size -5")]
    [InlineData("REEL", "2.5", "size 2.5")]
    public void Pack_InvalidCodeOrSize_ThrowsNamingTheValue(string code, string size, string named)
    {
        decimal exactSize = decimal.Parse(size, System.Globalization.CultureInfo.InvariantCulture);

        ArgumentException error = Assert.Throws<ArgumentException>(
            () => UnitOfMeasure.Pack(code, exactSize, UnitOfMeasure.Piece));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_FractionalSizeOfContinuousContents_IsAllowed()
    {
        UnitOfMeasure half = UnitOfMeasure.Pack("CUT", 0.5m, UnitOfMeasure.Metre);

        Assert.Equal(0.5m, half.FactorToBase);
        Assert.Equal("CUT(0.5 MTR)", half.ToString());
    }

    [Fact]
    public void Pack_NestedTooDeep_Throws()
    {
        UnitOfMeasure unit = UnitOfMeasure.Piece;
        for (int i = 0; i < UnitOfMeasure.MaxPackDepth; i++)
        {
            unit = UnitOfMeasure.Pack("PK", 2, unit);
        }

        Assert.Throws<ArgumentException>(() => UnitOfMeasure.Pack("PK", 2, unit));
    }

    [Fact]
    public void Pack_NullCode_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => UnitOfMeasure.Pack(null!, 10, UnitOfMeasure.Piece));
    }

    [Theory]
    [InlineData("MMT", "MTR", "0.001")]
    [InlineData("KMT", "MMT", "1000000")]
    [InlineData("DZN", "PR", "6")]
    [InlineData("GRM", "KGM", "0.001")]
    public void ConversionFactorTo_SameDimension_ReturnsExactFactor(string from, string to, string expected)
    {
        decimal factor = UnitOfMeasure.FromCode(from).ConversionFactorTo(UnitOfMeasure.FromCode(to));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), factor);
    }

    [Fact]
    public void ConversionFactorTo_OtherDimension_ThrowsNamingBothUnits()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => UnitOfMeasure.Metre.ConversionFactorTo(UnitOfMeasure.Kilogram));

        Assert.Contains("MTR", error.Message, StringComparison.Ordinal);
        Assert.Contains("KGM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConversionFactorTo_NonTerminatingFactor_Throws()
    {
        UnitOfMeasure pack = UnitOfMeasure.Pack("PK", 7, UnitOfMeasure.Piece);

        Assert.Throws<ArgumentException>(() => pack.ConversionFactorTo(UnitOfMeasure.Dozen));
    }

    [Theory]
    [InlineData("H87")]
    [InlineData("REEL(5000 H87)")]
    [InlineData("REEL(100 MTR)")]
    [InlineData("BOX(10 REEL(5000 H87))")]
    [InlineData("CUT(0.5 MTR)")]
    public void Parse_InvariantForm_RoundTrips(string text)
    {
        UnitOfMeasure unit = UnitOfMeasure.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(text, unit.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("REEL")]
    [InlineData("REEL(5000H87)")]
    [InlineData("REEL(5000 H87")]
    [InlineData("REEL(2.5 H87)")]
    [InlineData("REEL(-1 H87)")]
    [InlineData("REEL(5000 XYZ)")]
    [InlineData("H87(10 H87)")]
    [InlineData("(10 H87)")]
    public void Parse_Garbage_ThrowsFormatExceptionNamingInput(string text)
    {
        FormatException error = Assert.Throws<FormatException>(() => UnitOfMeasure.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.False(UnitOfMeasure.TryParse(text, null, out _));
    }

    [Fact]
    public void Parse_DeeplyNestedInput_FailsWithoutRecursingForever()
    {
        string text = string.Concat(Enumerable.Repeat("PK(2 ", 10_000)) + "H87" + new string(')', 10_000);

        Assert.False(UnitOfMeasure.TryParse(text, null, out _));
    }

    [Fact]
    public void Parse_ToStringOfGeneratedUnit_RoundTrips()
    {
        Prop.ForAll(DomainArbitraries.Units(), unit => UnitOfMeasure.Parse(unit.ToString(), System.Globalization.CultureInfo.InvariantCulture) == unit)
            .QuickCheckThrowOnFailure();
    }
}

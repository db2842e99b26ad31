using System;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests;

public sealed class QuantityTests
{
    private static readonly UnitOfMeasure s_reel = UnitOfMeasure.Pack("REEL", 5000, UnitOfMeasure.Piece);

    [Fact]
    public void Constructor_WholeValueInDiscreteUnit_KeepsValueAndUnit()
    {
        var quantity = new Quantity(2, s_reel);

        Assert.Equal(2m, quantity.Value);
        Assert.Equal(s_reel, quantity.Unit);
    }

    [Fact]
    public void Constructor_FractionalValueInDiscreteUnit_ThrowsNamingValueAndUnit()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new Quantity(2.5m, s_reel));

        Assert.Contains("2.5", error.Message, StringComparison.Ordinal);
        Assert.Contains("REEL(5000 H87)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FractionalValueInContinuousUnit_IsAllowed()
    {
        Assert.Equal(0.25m, Quantity.Of(0.25m, UnitOfMeasure.Metre).Value);
    }

    [Fact]
    public void Pieces_WholeCount_IsInH87()
    {
        Quantity quantity = Quantity.Pieces(5000);

        Assert.Equal(UnitOfMeasure.Piece, quantity.Unit);
        Assert.Equal("5000 H87", quantity.ToString());
        Assert.Throws<ArgumentException>(() => Quantity.Pieces(1.5m));
    }

    [Fact]
    public void Default_IsZeroPieces()
    {
        Assert.True(default(Quantity).IsZero);
        Assert.Equal(Quantity.Pieces(0), default);
        Assert.Equal("0 H87", default(Quantity).ToString());
    }

    [Fact]
    public void ConvertTo_PiecesThatFillWholeReels_ReturnsReels()
    {
        Assert.Equal(Quantity.Of(2, s_reel), Quantity.Pieces(10_000).ConvertTo(s_reel));
    }

    [Fact]
    public void ConvertTo_PiecesThatDoNotFillWholeReels_ThrowsNamingValueAndUnits()
    {
        QuantityConversionException error = Assert.Throws<QuantityConversionException>(
            () => Quantity.Pieces(12_000).ConvertTo(s_reel));

        Assert.Contains("12000", error.Message, StringComparison.Ordinal);
        Assert.Contains("H87", error.Message, StringComparison.Ordinal);
        Assert.Contains("REEL(5000 H87)", error.Message, StringComparison.Ordinal);
        Assert.Equal(12_000m, error.Value);
        Assert.Equal(UnitOfMeasure.Piece, error.FromUnit);
        Assert.Equal(s_reel, error.ToUnit);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
        Assert.False(Quantity.Pieces(12_000).TryConvertTo(s_reel, out _));
    }

    [Fact]
    public void ConvertTo_ReelToPieces_ReturnsPackSize()
    {
        Assert.Equal(Quantity.Pieces(5000), Quantity.Of(1, s_reel).ConvertTo(UnitOfMeasure.Piece));
    }

    [Fact]
    public void ConvertTo_MillimetresToMetres_IsExact()
    {
        Quantity metres = Quantity.Of(250, UnitOfMeasure.Millimetre).ConvertTo(UnitOfMeasure.Metre);

        Assert.Equal(Quantity.Of(0.25m, UnitOfMeasure.Metre), metres);
    }

    [Fact]
    public void ConvertTo_OtherDimension_Throws()
    {
        QuantityConversionException error = Assert.Throws<QuantityConversionException>(
            () => Quantity.Pieces(5).ConvertTo(UnitOfMeasure.Metre));

        Assert.Contains("Count", error.Message, StringComparison.Ordinal);
        Assert.Contains("Length", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertTo_PieceToOneAndEach_KeepsValue()
    {
        Assert.Equal(Quantity.Of(7, UnitOfMeasure.One), Quantity.Pieces(7).ConvertTo(UnitOfMeasure.One));
        Assert.Equal(Quantity.Of(7, UnitOfMeasure.Each), Quantity.Pieces(7).ConvertTo(UnitOfMeasure.Each));
    }

    [Fact]
    public void ConvertTo_FractionalMetresIntoMetreReel_ThrowsEvenWithFactorOne()
    {
        UnitOfMeasure metreReel = UnitOfMeasure.Pack("REEL", 1, UnitOfMeasure.Metre);

        Assert.False(Quantity.Of(1.5m, UnitOfMeasure.Metre).TryConvertTo(metreReel, out _));
        Assert.Equal(Quantity.Of(3, metreReel), Quantity.Of(3, UnitOfMeasure.Metre).ConvertTo(metreReel));
    }

    [Fact]
    public void ConvertTo_ResultNotWholeInPack_Throws()
    {
        UnitOfMeasure third = UnitOfMeasure.Pack("PK", 3, UnitOfMeasure.Metre);
        UnitOfMeasure seventh = UnitOfMeasure.Pack("PK", 7, UnitOfMeasure.Metre);

        Assert.Throws<QuantityConversionException>(() => Quantity.Of(1, UnitOfMeasure.Metre).ConvertTo(third));
        Assert.Throws<QuantityConversionException>(() => Quantity.Of(1, seventh).ConvertTo(third));
    }

    [Fact]
    public void ConvertTo_ResultBelowDecimalPrecision_ThrowsInsteadOfRounding()
    {
        Quantity tiny = Quantity.Of(0.0000000000000000000000000001m, UnitOfMeasure.Millimetre);

        QuantityConversionException error = Assert.Throws<QuantityConversionException>(
            () => tiny.ConvertTo(UnitOfMeasure.Metre));

        Assert.Contains("exact", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertTo_Overflow_ThrowsConversionException()
    {
        Quantity huge = Quantity.Of(decimal.MaxValue, UnitOfMeasure.Kilometre);

        QuantityConversionException error = Assert.Throws<QuantityConversionException>(
            () => huge.ConvertTo(UnitOfMeasure.Millimetre));

        Assert.IsType<OverflowException>(error.InnerException);
    }

    [Fact]
    public void Add_SameUnit_AddsValues()
    {
        Assert.Equal(Quantity.Pieces(7000), Quantity.Pieces(5000) + Quantity.Pieces(2000));
    }

    [Fact]
    public void Add_OtherUnitOfSameDimension_ConvertsRightIntoLeftUnit()
    {
        Assert.Equal(Quantity.Pieces(12_000), Quantity.Pieces(2000) + Quantity.Of(2, s_reel));
        Assert.Equal(Quantity.Of(1.25m, UnitOfMeasure.Metre), Quantity.Of(1, UnitOfMeasure.Metre).Add(Quantity.Of(250, UnitOfMeasure.Millimetre)));
    }

    [Fact]
    public void Add_RightNotExactInLeftUnit_Throws()
    {
        Assert.Throws<QuantityConversionException>(() => Quantity.Of(1, s_reel) + Quantity.Pieces(1));
        Assert.Throws<QuantityConversionException>(() => Quantity.Pieces(1) + Quantity.Of(1, UnitOfMeasure.Litre));
    }

    [Fact]
    public void Subtract_LargerQuantity_GivesNegative()
    {
        Quantity difference = Quantity.Pieces(100) - Quantity.Pieces(250);

        Assert.Equal(Quantity.Pieces(-150), difference);
        Assert.Equal(difference, Quantity.Pieces(100).Subtract(Quantity.Pieces(250)));
    }

    [Fact]
    public void Multiply_WholeResult_KeepsUnit()
    {
        Assert.Equal(Quantity.Of(6, s_reel), Quantity.Of(2, s_reel) * 3);
        Assert.Equal(Quantity.Of(6, s_reel), 3 * Quantity.Of(2, s_reel));
        Assert.Equal(Quantity.Of(0.75m, UnitOfMeasure.Metre), Quantity.Of(1.5m, UnitOfMeasure.Metre) * 0.5m);
    }

    [Fact]
    public void Multiply_FractionalResultInDiscreteUnit_Throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Quantity.Of(3, s_reel) * 0.5m);

        Assert.Contains("1.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_DifferentUnitsOfSameDimension_ComparesAmounts()
    {
        Quantity metre = Quantity.Of(1, UnitOfMeasure.Metre);
        Quantity millimetres = Quantity.Of(1000, UnitOfMeasure.Millimetre);

        Assert.Equal(0, metre.CompareTo(millimetres));
        Assert.NotEqual(metre, millimetres);
        Assert.True(Quantity.Pieces(4999) < Quantity.Of(1, s_reel));
        Assert.True(Quantity.Pieces(5001) > Quantity.Of(1, s_reel));
        Assert.True(Quantity.Pieces(5000) >= Quantity.Of(1, s_reel));
        Assert.True(Quantity.Pieces(5000) <= Quantity.Of(1, s_reel));
    }

    [Fact]
    public void CompareTo_OtherDimension_Throws()
    {
        Assert.Throws<ArgumentException>(() => Quantity.Pieces(1) < Quantity.Of(1, UnitOfMeasure.Kilogram));
    }

    [Fact]
    public void Equals_SameValueDifferentScale_AreEqual()
    {
        Assert.Equal(Quantity.Of(1.0m, UnitOfMeasure.Metre), Quantity.Of(1.00m, UnitOfMeasure.Metre));
        Assert.Equal(
            Quantity.Of(1.0m, UnitOfMeasure.Metre).GetHashCode(),
            Quantity.Of(1.00m, UnitOfMeasure.Metre).GetHashCode());
    }

    [Fact]
    public void ToWholePacks_PiecesOverWholeReels_ReturnsReelsAndRemainder()
    {
        Quantity reels = Quantity.Pieces(12_000).ToWholePacks(s_reel, out Quantity remainder);

        Assert.Equal(Quantity.Of(2, s_reel), reels);
        Assert.Equal(Quantity.Pieces(2000), remainder);
    }

    [Fact]
    public void ToWholePacks_CableOverReels_LeavesMetres()
    {
        UnitOfMeasure cableReel = UnitOfMeasure.Pack("REEL", 100, UnitOfMeasure.Metre);

        Quantity reels = Quantity.Of(250.5m, UnitOfMeasure.Metre).ToWholePacks(cableReel, out Quantity remainder);

        Assert.Equal(Quantity.Of(2, cableReel), reels);
        Assert.Equal(Quantity.Of(50.5m, UnitOfMeasure.Metre), remainder);
    }

    [Fact]
    public void ToWholePacks_NegativeQuantity_TruncatesTowardsZero()
    {
        Quantity reels = Quantity.Pieces(-12_000).ToWholePacks(s_reel, out Quantity remainder);

        Assert.Equal(Quantity.Of(-2, s_reel), reels);
        Assert.Equal(Quantity.Pieces(-2000), remainder);
    }

    [Fact]
    public void ToWholePacks_RemainderNotExpressibleInUnit_Throws()
    {
        Assert.Throws<QuantityConversionException>(
            () => Quantity.Of(1000, UnitOfMeasure.Dozen).ToWholePacks(s_reel, out _));
        Assert.Throws<QuantityConversionException>(
            () => Quantity.Pieces(1).ToWholePacks(UnitOfMeasure.Metre, out _));
    }

    [Theory]
    [InlineData("5000 H87")]
    [InlineData("0.25 MTR")]
    [InlineData("-3 H87")]
    [InlineData("2 REEL(5000 H87)")]
    [InlineData("1.500 KGM")]
    public void Parse_InvariantForm_RoundTrips(string text)
    {
        Quantity quantity = Quantity.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(text, quantity.ToString());
        Assert.True(Quantity.TryParse(text, null, out Quantity again));
        Assert.Equal(quantity, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5000")]
    [InlineData("H87")]
    [InlineData("5000  H87")]
    [InlineData("5,000 H87")]
    [InlineData("5000 XYZ")]
    [InlineData("2.5 H87")]
    [InlineData("1e3 MTR")]
    [InlineData(" 5 H87")]
    [InlineData("abc def")]
    public void Parse_Garbage_ThrowsFormatExceptionNamingInputAndExpectedForm(string text)
    {
        FormatException error = Assert.Throws<FormatException>(() => Quantity.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("5000 H87", error.Message, StringComparison.Ordinal);
        Assert.False(Quantity.TryParse(text, null, out _));
    }

    [Fact]
    public void Parse_OtherCulture_StillUsesInvariantForm()
    {
        System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

            Assert.Equal("0.25 MTR", Quantity.Of(0.25m, UnitOfMeasure.Metre).ToString());
            Assert.Equal(0.25m, Quantity.Parse("0.25 MTR", System.Globalization.CultureInfo.CurrentCulture).Value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ConvertTo_PiecesThroughPacks_RoundTripsExactlyForMultiplesOfPackSize()
    {
        Arbitrary<(UnitOfMeasure Pack, int Count)> cases =
            (from pack in DomainArbitraries.PackOfPieces()
             from count in Gen.Choose(-100_000, 100_000)
             select (pack, count)).ToArbitrary();

        Prop.ForAll(cases, c =>
        {
            Quantity pieces = Quantity.Pieces(c.Count * c.Pack.FactorToBase);
            Quantity packs = pieces.ConvertTo(c.Pack);
            return packs.Value == c.Count && packs.ConvertTo(UnitOfMeasure.Piece) == pieces;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ConvertTo_PiecesNotMultipleOfPackSize_Fails()
    {
        Arbitrary<(UnitOfMeasure Pack, int Count, int Extra)> cases =
            (from pack in DomainArbitraries.PackOfPieces().Where(p => p.FactorToBase > 1)
             from count in Gen.Choose(0, 100_000)
             from extra in Gen.Choose(1, (int)pack.FactorToBase - 1)
             select (pack, count, extra)).ToArbitrary();

        Prop.ForAll(cases, c =>
        {
            Quantity pieces = Quantity.Pieces((c.Count * c.Pack.FactorToBase) + c.Extra);
            Quantity packs = pieces.ToWholePacks(c.Pack, out Quantity remainder);
            return !pieces.TryConvertTo(c.Pack, out _)
                && packs.Value == c.Count
                && remainder == Quantity.Pieces(c.Extra);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ConvertTo_MillimetresThroughMetres_RoundTrips()
    {
        Prop.ForAll(DomainArbitraries.QuantityIn(UnitOfMeasure.Millimetre).ToArbitrary(), millimetres =>
            millimetres.ConvertTo(UnitOfMeasure.Metre).ConvertTo(UnitOfMeasure.Millimetre) == millimetres)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Add_ThenSubtractSameQuantity_ReturnsOriginal()
    {
        Arbitrary<(Quantity A, Quantity B)> cases =
            (from unit in DomainArbitraries.UnitGen()
             from a in DomainArbitraries.QuantityIn(unit)
             from b in DomainArbitraries.QuantityIn(unit)
             select (a, b)).ToArbitrary();

        Prop.ForAll(cases, c => c.A + c.B - c.B == c.A).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_ToStringOfGeneratedQuantity_RoundTrips()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(500),
            Prop.ForAll(DomainArbitraries.Quantities(), q => Quantity.Parse(q.ToString(), System.Globalization.CultureInfo.InvariantCulture) == q));
    }
}

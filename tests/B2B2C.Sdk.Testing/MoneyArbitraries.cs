using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Testing;

/// <summary>FsCheck generators for currencies, money and allocation ratios, shared by every test project.</summary>
public static class MoneyArbitraries
{
    /// <summary>Gets a generator of active currencies that have a minor unit (0, 2, 3 or 4 decimals).</summary>
    public static Gen<Currency> Currencies { get; } =
        Gen.Elements(Currency.All.Where(c => c.MinorUnit is not null).ToArray());

    /// <summary>Gets a generator of whole numbers of minor units between about -10^13 and 10^13.</summary>
    public static Gen<long> MinorUnits { get; } =
        from high in Gen.Choose(-100_000, 100_000)
        from low in Gen.Choose(0, 99_999_999)
        from sign in Gen.Elements(1L, -1L)
        select ((high * 100_000_000L) + low) * (high == 0 ? sign : 1L);

    /// <summary>Gets a generator of money rounded to its currency's minor unit.</summary>
    public static Gen<Money> RoundedMoney { get; } =
        from currency in Currencies
        from units in MinorUnits
        select new Money(units * currency.MinimalAmount, currency);

    /// <summary>Gets a generator of money with up to eight decimals (sub-cent unit prices), not rounded.</summary>
    public static Gen<Money> UnroundedMoney { get; } =
        from currency in Currencies
        from units in MinorUnits
        from scale in Gen.Choose(0, 8)
        select new Money(units * DecimalPower(scale), currency);

    /// <summary>Gets a generator of allocation ratios: 1 to 12 non-negative weights with up to four decimals, at least one positive.</summary>
    public static Gen<decimal[]> Ratios { get; } =
        (from count in Gen.Choose(1, 12)
         from ratios in Gen.ArrayOf(Ratio, count)
         select ratios)
        .Where(ratios => ratios.Any(r => r > 0m));

    /// <summary>Gets a generator of one non-negative weight with up to four decimals, zero one time in ten.</summary>
    public static Gen<decimal> Ratio { get; } =
        Gen.Frequency(
            (1, Gen.Constant(0m)),
            (9, from units in Gen.Choose(1, 1_000_000)
                from scale in Gen.Choose(0, 4)
                select units * DecimalPower(scale)));

    /// <summary>Returns 10^-<paramref name="scale"/> exactly.</summary>
    /// <param name="scale">The number of decimals, 0 to 28.</param>
    /// <returns>1, 0.1, 0.01, ...</returns>
    public static decimal DecimalPower(int scale) => new(1, 0, 0, false, (byte)scale);
}

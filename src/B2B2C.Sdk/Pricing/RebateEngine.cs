using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Computes ladder rebates: the calendar period an instant falls in, what a period's purchases have earned so far,
/// and settlements that pay the difference to what was already paid, booked back to the invoice lines.
/// </summary>
/// <remarks>
/// <para>
/// Every method validates the agreement it is given (see <see cref="RebateAgreement.Validate"/>) and throws
/// <see cref="RebateAgreementException"/> listing every problem when it is invalid. Results depend only on the
/// arguments, never on the order of the purchases or of the previous settlements, nor on the clock.
/// </para>
/// <para>The engine holds no state: it is thread-safe, and one instance (or a singleton) serves every agreement.</para>
/// </remarks>
public sealed class RebateEngine
{
    private static readonly TimeSpan s_searchSpan = TimeSpan.FromDays(2);

    /// <summary>Returns the calendar period of an agreement that contains an instant.</summary>
    /// <param name="agreement">The agreement; its period and time zone decide the calendar.</param>
    /// <param name="at">The instant, in any offset.</param>
    /// <returns>The period: from local midnight of its first day (inclusive) to the next period's start (exclusive), in the agreement's time zone.</returns>
    /// <remarks>
    /// A period starts at the first instant whose local time is midnight of its first day or later: where a daylight
    /// saving change skips midnight, the period starts when the clocks jump; where midnight occurs twice, at the first.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    /// <exception cref="RebateAgreementException">The agreement is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period would start before the year 1 or end after the year 9999.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The engine is a service: hosts inject it and call it through an instance.")]
    public RebatePeriodWindow PeriodOf(RebateAgreement agreement, DateTimeOffset at)
    {
        TimeZoneInfo zone = ValidZoneOf(agreement);
        return WindowOf(agreement, zone, TimeZoneInfo.ConvertTime(at, zone).DateTime, at);
    }

    /// <summary>
    /// Adds up a period's eligible purchases and applies the ladder: the volume, the band reached, the next band and the
    /// volume still needed to reach it, the rebate exact and rounded, the contribution of each band, and the purchases
    /// that do not count with the reason.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="purchases">The purchases to consider, in any order; those that do not count are listed with why.</param>
    /// <param name="window">A period of the agreement, from <see cref="PeriodOf(RebateAgreement, DateTimeOffset)"/>.</param>
    /// <param name="rounding">How the rebate is rounded to the currency's minor unit; banker's rounding by default.</param>
    /// <returns>The accrual.</returns>
    /// <remarks>
    /// A purchase counts when it is the agreement's customer's, in its currency, invoiced inside the window and the
    /// agreement's validity, and (when the agreement lists SKUs) of a listed SKU; the reasons are checked in that order.
    /// A volume equal to a threshold reaches its band. A volume below the first threshold (or negative, after credit
    /// notes) earns nothing.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/>, <paramref name="purchases"/> or <paramref name="window"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The window is not a period of the agreement, a purchase is <see langword="null"/> or has no invoice identifier or
    /// SKU, or two purchases of one invoice line name different SKUs.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a <see cref="MidpointRounding"/> value.</exception>
    /// <exception cref="RebateAgreementException">The agreement is invalid.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The engine is a service: hosts inject it and call it through an instance.")]
    public RebateAccrual Accrue(
        RebateAgreement agreement, IEnumerable<RebatePurchase> purchases, RebatePeriodWindow window, MidpointRounding rounding = MidpointRounding.ToEven)
    {
        TimeZoneInfo zone = ValidZoneOf(agreement);
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(window);
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "The midpoint rule is not a MidpointRounding value.");
        }

        EnsureWindowOf(agreement, zone, window);
        HashSet<string>? covered = agreement.Skus.IsDefaultOrEmpty
            ? null
            : new HashSet<string>(agreement.Skus.Select(s => s.Value), StringComparer.Ordinal);
        var eligible = new List<RebatePurchase>();
        var ignored = new List<RebateIgnoredPurchase>();
        var skuOfLine = new Dictionary<(string, int), Sku>();
        Money volume = Money.Zero(agreement.Currency);
        foreach (RebatePurchase? purchase in purchases)
        {
            EnsureWellFormed(purchase, nameof(purchases));
            RebateIgnoredPurchase? reason = Classify(agreement, window, covered, purchase);
            if (reason is not null)
            {
                ignored.Add(reason);
                continue;
            }

            if (skuOfLine.TryGetValue((purchase.InvoiceId, purchase.LineNumber), out Sku sku) && sku != purchase.Sku)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Invoice '{purchase.InvoiceId}' line {purchase.LineNumber} is given with two SKUs, '{sku}' and '{purchase.Sku}'; purchases of one invoice line must name the same article."),
                    nameof(purchases));
            }

            skuOfLine[(purchase.InvoiceId, purchase.LineNumber)] = purchase.Sku;
            eligible.Add(purchase);
            volume += purchase.NetAmount;
        }

        eligible.Sort(ComparePurchases);
        ignored.Sort((x, y) => ComparePurchases(x.Purchase, y.Purchase));
        return Ladder(agreement, window, volume, rounding) with
        {
            Eligible = [.. eligible],
            Ignored = [.. ignored],
        };
    }

    /// <summary>
    /// Settles a period: the rebate earned so far, minus what earlier settlements of the same agreement and period
    /// paid, is due now, allocated to the eligible invoice lines.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="purchases">The purchases to consider, in any order, credit notes included.</param>
    /// <param name="window">A period of the agreement, from <see cref="PeriodOf(RebateAgreement, DateTimeOffset)"/>.</param>
    /// <param name="previous">Earlier settlements, in any order; those of other agreements or periods are skipped.</param>
    /// <param name="settledAt">When the settlement is made; recorded, not used in the computation.</param>
    /// <param name="rounding">How the rebate is rounded to the currency's minor unit; banker's rounding by default.</param>
    /// <returns>The settlement; store it and pass it in <paramref name="previous"/> next time.</returns>
    /// <remarks>
    /// <para>
    /// Due is the accrual's <see cref="RebateAccrual.EarnedRounded"/> minus the sum of the previous settlements'
    /// <see cref="RebateSettlement.Due"/>; it is negative (a clawback) when credit notes lowered the rebate below what
    /// was paid. Settling again with the returned settlement among <paramref name="previous"/> gives zero due.
    /// </para>
    /// <para>
    /// Purchases with the same invoice identifier and line number form one invoice line, their amounts netted. Due is
    /// allocated with <see cref="Money.Allocate(ReadOnlySpan{decimal})"/> in proportion to the lines' positive net
    /// amounts; when no line has a positive net amount (everything was credited), in proportion to each line's gross
    /// amount (the sum of its purchases' absolute amounts); when every amount is zero, equally. The lines' amounts add
    /// up exactly to due. With no eligible purchase, <see cref="RebateSettlement.Lines"/> is empty.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="agreement"/>, <paramref name="purchases"/>, <paramref name="window"/> or <paramref name="previous"/> is <see langword="null"/>.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// The window is not a period of the agreement, a purchase or previous settlement is <see langword="null"/>, a purchase
    /// has no invoice identifier or SKU, or two purchases of one invoice line name different SKUs.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a <see cref="MidpointRounding"/> value.</exception>
    /// <exception cref="CurrencyMismatchException">A previous settlement of the period is in another currency than the agreement.</exception>
    /// <exception cref="InvalidOperationException">A previous settlement's due amount is not a whole number of minor units.</exception>
    /// <exception cref="RebateAgreementException">The agreement is invalid.</exception>
    public RebateSettlement Settle(
        RebateAgreement agreement,
        IEnumerable<RebatePurchase> purchases,
        RebatePeriodWindow window,
        IEnumerable<RebateSettlement> previous,
        DateTimeOffset settledAt,
        MidpointRounding rounding = MidpointRounding.ToEven)
    {
        RebateAccrual accrual = Accrue(agreement, purchases, window, rounding);
        ArgumentNullException.ThrowIfNull(previous);
        Money alreadyPaid = Money.Zero(agreement.Currency);
        int count = 0;
        foreach (RebateSettlement? settlement in previous)
        {
            if (settlement is null)
            {
                throw new ArgumentException("A previous settlement is null.", nameof(previous));
            }

            if (settlement.AgreementId == agreement.Id && settlement.Window == window)
            {
                alreadyPaid += settlement.Due;
                count++;
            }
        }

        Money due = accrual.EarnedRounded - alreadyPaid;
        return new RebateSettlement
        {
            AgreementId = agreement.Id,
            Customer = agreement.Customer,
            Window = window,
            SettledAt = settledAt,
            Sequence = count + 1,
            Earned = accrual.EarnedRounded,
            AlreadyPaid = alreadyPaid,
            Due = due,
            Lines = Allocate(due, accrual.Eligible),
            Accrual = accrual,
        };
    }

    private static TimeZoneInfo ValidZoneOf(RebateAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ImmutableArray<RebateDiagnostic> errors = agreement.Validate();
        if (!errors.IsEmpty)
        {
            throw new RebateAgreementException(agreement.Id, errors);
        }

        return RebateAgreement.TryFindTimeZone(agreement.TimeZoneId, out TimeZoneInfo? zone)
            ? zone
            : throw new RebateAgreementException($"The time zone '{agreement.TimeZoneId}' is not known to the system.");
    }

    private static void EnsureWindowOf(RebateAgreement agreement, TimeZoneInfo zone, RebatePeriodWindow window)
    {
        RebatePeriodWindow expected = WindowOf(agreement, zone, TimeZoneInfo.ConvertTime(window.Start, zone).DateTime, window.Start);
        if (expected != window)
        {
            throw new ArgumentException(
                $"The window '{window.Label}' ({window.Period} in {window.TimeZoneId}, {window.Start:O} to {window.End:O}) is not a period of agreement '{agreement.Id}', "
                + $"whose periods are {agreement.Period} in {agreement.TimeZoneId}; get the window from PeriodOf.",
                nameof(window));
        }
    }

    private static void EnsureWellFormed([NotNull] RebatePurchase? purchase, string parameter)
    {
        if (purchase is null)
        {
            throw new ArgumentException("A purchase is null.", parameter);
        }

        if (string.IsNullOrWhiteSpace(purchase.InvoiceId))
        {
            throw new ArgumentException("A purchase has no invoice identifier; give the invoice or credit note it is a line of.", parameter);
        }

        if (purchase.Sku == default)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Invoice '{purchase.InvoiceId}' line {purchase.LineNumber} has a default SKU; give the article."),
                parameter);
        }
    }

    private static RebateIgnoredPurchase? Classify(RebateAgreement agreement, RebatePeriodWindow window, HashSet<string>? covered, RebatePurchase purchase)
    {
        if (purchase.Customer != agreement.Customer)
        {
            return new(purchase, RebateIgnoreReason.OtherCustomer, $"Bought by '{purchase.Customer}', not by the agreement's customer '{agreement.Customer}'.");
        }

        if (purchase.NetAmount.Currency != agreement.Currency)
        {
            return new(purchase, RebateIgnoreReason.OtherCurrency, $"Invoiced in {purchase.NetAmount.Currency.Code}, not in the agreement's {agreement.Currency.Code}; amounts are not converted.");
        }

        if (!window.Contains(purchase.InvoicedAt))
        {
            return new(purchase, RebateIgnoreReason.OutsidePeriod, $"Invoiced at {purchase.InvoicedAt:O}, outside period {window.Label} ({window.Start:O} to {window.End:O}).");
        }

        if (agreement.ValidFrom is DateTimeOffset from && purchase.InvoicedAt < from)
        {
            return new(purchase, RebateIgnoreReason.OutsideValidity, $"Invoiced at {purchase.InvoicedAt:O}, before the agreement starts at {from:O}.");
        }

        if (agreement.ValidTo is DateTimeOffset to && purchase.InvoicedAt >= to)
        {
            return new(purchase, RebateIgnoreReason.OutsideValidity, $"Invoiced at {purchase.InvoicedAt:O}, once the agreement has ended at {to:O}.");
        }

        if (covered is not null && !covered.Contains(purchase.Sku.Value))
        {
            return new(purchase, RebateIgnoreReason.SkuNotCovered, $"The SKU '{purchase.Sku}' is not one of the {covered.Count} SKUs the agreement covers.");
        }

        return null;
    }

    private static RebateAccrual Ladder(RebateAgreement agreement, RebatePeriodWindow window, Money volume, MidpointRounding rounding)
    {
        ImmutableArray<RebateBand> bands = agreement.Bands;
        decimal value = volume.Amount;
        int reached = -1;
        for (int i = 0; i < bands.Length && value >= bands[i].Threshold; i++)
        {
            reached = i;
        }

        var breakdown = ImmutableArray.CreateBuilder<RebateBandAccrual>(bands.Length);
        decimal earned = 0m;
        for (int i = 0; i < bands.Length; i++)
        {
            RebateBand band = bands[i];
            decimal inBand;
            if (agreement.Kind == RebateKind.Retroactive)
            {
                inBand = i == reached ? value : 0m;
            }
            else
            {
                decimal top = i + 1 < bands.Length ? Math.Min(value, bands[i + 1].Threshold) : value;
                inBand = Math.Max(top - band.Threshold, 0m);
            }

            decimal bandEarned = inBand * band.Rate;
            earned += bandEarned;
            breakdown.Add(new RebateBandAccrual(i, band, new Money(inBand, volume.Currency), new Money(bandEarned, volume.Currency)));
        }

        var exact = new Money(earned, volume.Currency);
        bool hasNext = reached + 1 < bands.Length;
        return new RebateAccrual
        {
            AgreementId = agreement.Id,
            Customer = agreement.Customer,
            Kind = agreement.Kind,
            Window = window,
            Volume = volume,
            BandIndex = reached >= 0 ? reached : null,
            Band = reached >= 0 ? bands[reached] : null,
            NextBand = hasNext ? bands[reached + 1] : null,
            VolumeToNextBand = hasNext ? new Money(bands[reached + 1].Threshold - value, volume.Currency) : null,
            Earned = exact,
            EarnedRounded = exact.RoundToMinorUnit(rounding),
            Rounding = rounding,
            Bands = breakdown.MoveToImmutable(),
            Eligible = [],
            Ignored = [],
        };
    }

    private static ImmutableArray<RebateSettlementLine> Allocate(Money due, ImmutableArray<RebatePurchase> eligible)
    {
        // Eligible purchases are sorted by invoice and line, so the purchases of one line are adjacent.
        var keys = new List<RebatePurchase>();
        var nets = new List<decimal>();
        var grosses = new List<decimal>();
        foreach (RebatePurchase purchase in eligible)
        {
            int last = keys.Count - 1;
            if (last >= 0 && keys[last].LineNumber == purchase.LineNumber && string.Equals(keys[last].InvoiceId, purchase.InvoiceId, StringComparison.Ordinal))
            {
                nets[last] += purchase.NetAmount.Amount;
                grosses[last] += Math.Abs(purchase.NetAmount.Amount);
            }
            else
            {
                keys.Add(purchase);
                nets.Add(purchase.NetAmount.Amount);
                grosses.Add(Math.Abs(purchase.NetAmount.Amount));
            }
        }

        if (keys.Count == 0)
        {
            return [];
        }

        decimal[] weights = nets.Any(n => n > 0m)
            ? [.. nets.Select(n => Math.Max(n, 0m))]
            : grosses.Any(g => g > 0m) ? [.. grosses] : [.. grosses.Select(_ => 1m)];
        Money[] shares = due.Allocate(weights);
        var lines = ImmutableArray.CreateBuilder<RebateSettlementLine>(keys.Count);
        for (int i = 0; i < keys.Count; i++)
        {
            lines.Add(new RebateSettlementLine(keys[i].InvoiceId, keys[i].LineNumber, keys[i].Sku, new Money(nets[i], due.Currency), shares[i]));
        }

        return lines.MoveToImmutable();
    }

    private static RebatePeriodWindow WindowOf(RebateAgreement agreement, TimeZoneInfo zone, DateTime local, DateTimeOffset at)
    {
        DateTime startLocal = agreement.Period switch
        {
            RebatePeriod.Monthly => new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified),
            RebatePeriod.Quarterly => new DateTime(local.Year, (((local.Month - 1) / 3) * 3) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
            _ => new DateTime(local.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        };
        DateTimeOffset start = FirstInstantAtOrAfter(zone, startLocal);
        if (at < start)
        {
            // Only where clocks go back across midnight: the instant belongs to the period before.
            return WindowOf(agreement, zone, startLocal.AddDays(-1), at);
        }

        DateTime endLocal = agreement.Period switch
        {
            RebatePeriod.Monthly => startLocal.AddMonths(1),
            RebatePeriod.Quarterly => startLocal.AddMonths(3),
            _ => startLocal.AddYears(1),
        };
        DateTimeOffset end = FirstInstantAtOrAfter(zone, endLocal);
        if (at >= end)
        {
            return WindowOf(agreement, zone, endLocal, at);
        }

        string label = agreement.Period switch
        {
            RebatePeriod.Monthly => startLocal.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            RebatePeriod.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{startLocal.Year:D4}-Q{((startLocal.Month - 1) / 3) + 1}"),
            _ => startLocal.ToString("yyyy", CultureInfo.InvariantCulture),
        };
        return new RebatePeriodWindow(agreement.Period, agreement.TimeZoneId, start, end, label);
    }

    /// <summary>Returns the first instant whose local time in <paramref name="zone"/> is <paramref name="local"/> or later.</summary>
    private static DateTimeOffset FirstInstantAtOrAfter(TimeZoneInfo zone, DateTime local)
    {
        // The offsets in force that day, before and after: an instant with one of them that reads as the local time
        // exists unless the clocks skip it; the earliest such instant is its first occurrence. The zone's own
        // IsInvalidTime and IsAmbiguousTime are not relied on: they miss changes of the base offset at midnight.
        DateTimeOffset? first = null;
        Span<TimeSpan> offsets = [zone.GetUtcOffset(local), zone.GetUtcOffset(local - s_searchSpan), zone.GetUtcOffset(local + s_searchSpan)];
        foreach (TimeSpan offset in offsets)
        {
            var candidate = new DateTimeOffset(local, offset);
            if (TimeZoneInfo.ConvertTime(candidate, zone).DateTime == local && (first is null || candidate < first.Value))
            {
                first = candidate;
            }
        }

        if (first is DateTimeOffset found)
        {
            return found;
        }

        // The clocks skip this local time: find the instant they jump, to the tick. Offsets are within ±14 hours, so
        // the local times two days before and after lie on either side.
        long low = (local - s_searchSpan).Ticks;
        long high = (local + s_searchSpan).Ticks;
        while (low + 1 < high)
        {
            long middle = low + ((high - low) / 2);
            if (TimeZoneInfo.ConvertTime(new DateTimeOffset(middle, TimeSpan.Zero), zone).DateTime >= local)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return TimeZoneInfo.ConvertTime(new DateTimeOffset(high, TimeSpan.Zero), zone);
    }

    private static int ComparePurchases(RebatePurchase x, RebatePurchase y)
    {
        int order = string.CompareOrdinal(x.InvoiceId, y.InvoiceId);
        if (order == 0)
        {
            order = x.LineNumber.CompareTo(y.LineNumber);
        }

        if (order == 0)
        {
            order = x.InvoicedAt.UtcTicks.CompareTo(y.InvoicedAt.UtcTicks);
        }

        if (order == 0)
        {
            order = x.InvoicedAt.Offset.CompareTo(y.InvoicedAt.Offset);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.NetAmount.Currency.Code, y.NetAmount.Currency.Code);
        }

        if (order == 0)
        {
            order = x.NetAmount.Amount.CompareTo(y.NetAmount.Amount);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Sku.Value, y.Sku.Value);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Customer.Value, y.Customer.Value);
        }

        return order;
    }
}

using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// A ladder rebate agreed with a distributor: the more it buys in a calendar period, the higher the share of its
/// purchases paid back ("1% of everything above 500,000 EUR a quarter, 2% above 1,000,000 EUR").
/// </summary>
/// <remarks>
/// <para>
/// The volume of a period is the sum of the net amounts (credit notes negative) of the customer's purchases in the
/// agreement's <see cref="Currency"/>, invoiced inside the period, inside the agreement's validity and, when
/// <see cref="Skus"/> is not empty, of those SKUs. Periods are calendar periods in <see cref="TimeZoneId"/>.
/// </para>
/// <para>
/// <see cref="Validate"/> reports every problem as a <see cref="RebateDiagnostic"/> and never throws; the
/// <see cref="RebateEngine"/> validates each agreement it is given and throws <see cref="RebateAgreementException"/>
/// listing the same problems. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record RebateAgreement
{
    /// <summary>The time zone used when none is given: <c>UTC</c>.</summary>
    public const string DefaultTimeZoneId = "UTC";

    /// <summary>Gets the agreement's identifier; settlements refer to it.</summary>
    public required RebateAgreementId Id { get; init; }

    /// <summary>Gets the customer (the distributor) whose purchases earn the rebate.</summary>
    public required CustomerId Customer { get; init; }

    /// <summary>Gets the currency of the thresholds, the volume and the rebate; purchases in other currencies do not count.</summary>
    public required Currency Currency { get; init; }

    /// <summary>Gets the calendar period the volume is added up and the rebate paid over.</summary>
    public required RebatePeriod Period { get; init; }

    /// <summary>Gets how the bands turn the volume into a rebate.</summary>
    public required RebateKind Kind { get; init; }

    /// <summary>Gets the ladder: at least one band, thresholds strictly increasing, rates from 0 to 1 and never decreasing.</summary>
    public required ImmutableArray<RebateBand> Bands { get; init; }

    /// <summary>
    /// Gets the time zone, as an IANA or Windows identifier known to the system (<c>Europe/Berlin</c>), whose calendar
    /// delimits the periods; <see cref="DefaultTimeZoneId"/> by default.
    /// </summary>
    public string TimeZoneId { get; init; } = DefaultTimeZoneId;

    /// <summary>Gets when the agreement starts (inclusive), or <see langword="null"/> for always; purchases invoiced before do not count.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Gets when the agreement ends (exclusive), or <see langword="null"/> for never; purchases invoiced from then on do not count.</summary>
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>Gets the SKUs the agreement covers; empty (the default) for every SKU.</summary>
    public ImmutableArray<Sku> Skus { get; init; } = [];

    /// <summary>Gets a human-readable name, for reports.</summary>
    public string? Name { get; init; }

    /// <summary>Checks the agreement and reports every problem found, naming the field at fault.</summary>
    /// <returns>The problems; empty when the agreement is valid.</returns>
    /// <remarks>
    /// The codes are stable: RB101 identifier missing, RB102 customer missing, RB103 currency without a minor unit,
    /// RB104 unknown period, RB105 unknown kind, RB106 unknown time zone, RB107 validity ending before it starts,
    /// RB108 no band, RB109 negative threshold, RB110 threshold not above the previous one (unsorted or duplicate),
    /// RB111 negative rate, RB112 rate above 100%, RB113 rate below the previous band's, RB114 default SKU in the filter.
    /// Never throws.
    /// </remarks>
    public ImmutableArray<RebateDiagnostic> Validate()
    {
        var errors = ImmutableArray.CreateBuilder<RebateDiagnostic>();
        if (Id == default)
        {
            errors.Add(new("RB101", "id", "The agreement has no identifier; give it the RebateAgreementId its settlements will refer to."));
        }

        if (Customer == default)
        {
            errors.Add(new("RB102", "customer", "The agreement names no customer; give the CustomerId of the distributor that earns the rebate."));
        }

        if (Currency.MinorUnit is null)
        {
            errors.Add(new("RB103", "currency", $"The currency {Currency.Code} has no minor unit, so a rebate in it cannot be rounded or allocated; use a currency such as EUR."));
        }

        if (!Enum.IsDefined(Period))
        {
            errors.Add(new("RB104", "period", $"The period {(int)Period} is not a RebatePeriod; use Monthly, Quarterly or Yearly."));
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(new("RB105", "kind", $"The kind {(int)Kind} is not a RebateKind; use Retroactive or Incremental."));
        }

        if (!TryFindTimeZone(TimeZoneId, out _))
        {
            errors.Add(new("RB106", "timeZoneId", $"The time zone '{TimeZoneId}' is not known to the system; use an IANA identifier such as 'Europe/Berlin', or 'UTC'."));
        }

        if (ValidFrom is DateTimeOffset from && ValidTo is DateTimeOffset to && to <= from)
        {
            errors.Add(new("RB107", "validTo", $"The agreement ends ({to:O}) before or when it starts ({from:O}); the end is exclusive and must be later than the start."));
        }

        ValidateBands(errors);
        ImmutableArray<Sku> skus = Skus.IsDefault ? [] : Skus;
        for (int i = 0; i < skus.Length; i++)
        {
            if (skus[i] == default)
            {
                errors.Add(new("RB114", $"skus[{i}]", "The SKU filter holds a default SKU; give the article's SKU or remove the entry."));
            }
        }

        return errors.ToImmutable();
    }

    /// <summary>Finds a time zone by identifier; <c>UTC</c> is always known, whatever the system's time zone data.</summary>
    internal static bool TryFindTimeZone(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            zone = null;
            return false;
        }

        if (string.Equals(id, DefaultTimeZoneId, StringComparison.OrdinalIgnoreCase))
        {
            zone = TimeZoneInfo.Utc;
            return true;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone);
    }

    private void ValidateBands(ImmutableArray<RebateDiagnostic>.Builder errors)
    {
        ImmutableArray<RebateBand> bands = Bands.IsDefault ? [] : Bands;
        if (bands.Length == 0)
        {
            errors.Add(new("RB108", "bands", "The agreement has no band; give at least one threshold and rate."));
            return;
        }

        CultureInfo invariant = CultureInfo.InvariantCulture;
        for (int i = 0; i < bands.Length; i++)
        {
            RebateBand band = bands[i];
            if (band.Threshold < 0m)
            {
                errors.Add(new("RB109", $"bands[{i}].threshold", string.Create(invariant, $"The threshold {band.Threshold} is negative; a band starts at a volume of zero or more.")));
            }

            if (i > 0 && band.Threshold <= bands[i - 1].Threshold)
            {
                errors.Add(new("RB110", $"bands[{i}].threshold", string.Create(invariant, $"The threshold {band.Threshold} is not above the previous band's {bands[i - 1].Threshold}; thresholds must be strictly increasing (sorted, no duplicates).")));
            }

            if (band.Rate < 0m)
            {
                errors.Add(new("RB111", $"bands[{i}].rate", string.Create(invariant, $"The rate {band.Rate} is negative; give a decimal fraction from 0 to 1 (0.01 for 1%).")));
            }
            else if (band.Rate > 1m)
            {
                errors.Add(new("RB112", $"bands[{i}].rate", string.Create(invariant, $"The rate {band.Rate} is above 100%; give a decimal fraction from 0 to 1 (0.01 for 1%, not 1).")));
            }

            if (i > 0 && band.Rate < bands[i - 1].Rate)
            {
                errors.Add(new("RB113", $"bands[{i}].rate", string.Create(invariant, $"The rate {band.Rate} is below the previous band's {bands[i - 1].Rate}; a higher band never pays a lower rate.")));
            }
        }
    }
}

using System;
using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>Computes the availability of a quantity from a stock snapshot, and shapes it for the asker's audience.</summary>
internal static class AvailabilityCalculator
{
    internal static AvailabilityView Compute(StockSnapshot snapshot, PricingContext context, string sku, Quantity quantity, DateTimeOffset at)
    {
        AvailabilityAudience audience = context.Audience;
        if (!snapshot.Entries.TryGetValue(sku, out StockEntry? entry))
        {
            return new AvailabilityView
            {
                Audience = audience,
                Status = AvailabilityStatus.NotStocked,
                Reason = $"The article '{sku}' is not in the stock book '{snapshot.Version}'.",
            };
        }

        AvailabilityView view = ComputeStatus(entry, sku, quantity, at, audience);
        return audience == AvailabilityAudience.Distributor ? WithDistributorFigures(view, entry, context, at) : view;
    }

    private static AvailabilityView ComputeStatus(StockEntry entry, string sku, Quantity quantity, DateTimeOffset at, AvailabilityAudience audience)
    {
        if (quantity.Value <= 0)
        {
            return new AvailabilityView
            {
                Audience = audience,
                Status = AvailabilityStatus.QuantityNotPositive,
                Reason = $"The quantity {quantity} is not positive.",
            };
        }

        if (!quantity.TryConvertTo(entry.Unit, out Quantity requested))
        {
            return new AvailabilityView
            {
                Audience = audience,
                Status = AvailabilityStatus.UnitNotConvertible,
                Reason = $"{quantity} does not convert exactly into {entry.Unit}, the unit '{sku}' is stocked in.",
            };
        }

        decimal need = requested.Value;
        if (entry.Available >= need)
        {
            return new AvailabilityView { Audience = audience, Status = AvailabilityStatus.InStock, ShipDate = at, RequestedQuantity = requested };
        }

        DateTimeOffset? byReceipts = null;
        decimal covered = entry.Available;
        foreach (StockReceiptEntry receipt in entry.Receipts)
        {
            if (receipt.At < at)
            {
                continue;
            }

            covered += receipt.Quantity;
            if (covered >= need)
            {
                byReceipts = receipt.At;
                break;
            }
        }

        DateTimeOffset? byLeadTime = entry.LeadTimeDays is int days ? at.AddDays(days) : null;
        DateTimeOffset? shipDate = (byReceipts, byLeadTime) switch
        {
            (DateTimeOffset r, DateTimeOffset l) => r <= l ? r : l,
            (DateTimeOffset r, null) => r,
            (null, DateTimeOffset l) => l,
            _ => null,
        };
        if (shipDate is null)
        {
            return new AvailabilityView
            {
                Audience = audience,
                Status = AvailabilityStatus.NoDate,
                RequestedQuantity = requested,
                Reason = "The stock and the expected receipts do not cover the quantity, and the article has no supplier lead time.",
            };
        }

        return new AvailabilityView
        {
            Audience = audience,
            Status = entry.Available > 0 ? AvailabilityStatus.PartlyInStock : AvailabilityStatus.OnBackorder,
            ShipDate = shipDate,
            RequestedQuantity = requested,
        };
    }

    private static AvailabilityView WithDistributorFigures(AvailabilityView view, StockEntry entry, PricingContext context, DateTimeOffset at)
    {
        UnitOfMeasure unit = entry.Unit;
        ImmutableArray<AvailabilityWarehouse> warehouses = [.. entry.Warehouses.Select(w => new AvailabilityWarehouse
        {
            Warehouse = w.Warehouse.Id,
            Name = w.Warehouse.Name,
            Country = w.Warehouse.Country,
            Available = new Quantity(w.Available, unit),
            Receipts = [.. w.Receipts.Where(r => r.At >= at).Select(r => new StockReceipt(r.At, new Quantity(r.Quantity, unit)))],
        })];

        StockQuotaEntry? quota = null;
        if (context.Customer?.Value is string customer && entry.Quotas.TryGetValue(customer, out StockQuotaEntry[]? quotas))
        {
            quota = Array.Find(quotas, q => q.Covers(at));
        }

        decimal orderable = quota is null ? entry.Available : Math.Min(entry.Available, quota.Remaining);
        return view with
        {
            AvailableNow = new Quantity(entry.Available, unit),
            OrderableNow = new Quantity(orderable, unit),
            Quota = quota is null ? null : new AvailabilityQuota
            {
                PeriodStart = quota.Start,
                PeriodEnd = quota.End,
                Allocated = new Quantity(quota.Allocated, unit),
                Consumed = new Quantity(quota.Consumed, unit),
                Remaining = new Quantity(quota.Remaining, unit),
            },
            LeadTimeDays = entry.LeadTimeDays,
            Warehouses = warehouses,
        };
    }
}

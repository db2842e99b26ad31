using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Validates a stock book and compiles it into a <see cref="StockSnapshot"/>: every quantity converted into its
/// article's stock unit, the stock per article ordered by warehouse, the receipts by date and the quotas by customer.
/// Every problem is reported with its path; any error prevents the snapshot.
/// </summary>
internal static class StockBookCompiler
{
    internal static StockCompilation Compile(StockBook book, long sequence)
    {
        var diagnostics = new List<StockDiagnostic>();
        if (string.IsNullOrWhiteSpace(book.Version))
        {
            Error(diagnostics, "SB001", "version", "The book has no version label.");
        }

        Dictionary<string, StockWarehouse> warehouses = CheckWarehouses(Items(book.Warehouses), diagnostics);
        Dictionary<string, StockItem> items = CheckItems(Items(book.Items), diagnostics);
        Dictionary<string, List<StockWarehouseEntry>> levels = CheckLevels(Items(book.Levels), warehouses, items, diagnostics);
        Dictionary<string, List<(string Customer, StockQuotaEntry Quota)>> quotas = CheckQuotas(Items(book.Quotas), items, diagnostics);

        ImmutableArray<StockDiagnostic> ordered = [.. diagnostics.OrderByDescending(d => d.Severity)];
        if (ordered.Any(d => d.Severity == PricingDiagnosticSeverity.Error))
        {
            return new StockCompilation(null, ordered);
        }

        var entries = new Dictionary<string, StockEntry>(StringComparer.Ordinal);
        foreach (string sku in items.Keys.Concat(levels.Keys).Concat(quotas.Keys).Distinct(StringComparer.Ordinal))
        {
            StockItem? item = items.GetValueOrDefault(sku);
            StockWarehouseEntry[] stock = levels.TryGetValue(sku, out List<StockWarehouseEntry>? found)
                ? [.. found.OrderBy(w => w.Warehouse.Id.Value, StringComparer.Ordinal)]
                : [];
            StockReceiptEntry[] receipts = [.. stock
                .SelectMany(w => w.Receipts.Select(r => (Receipt: r, Warehouse: w.Warehouse.Id.Value)))
                .OrderBy(r => r.Receipt.At.UtcTicks)
                .ThenBy(r => r.Warehouse, StringComparer.Ordinal)
                .ThenBy(r => r.Receipt.Quantity)
                .Select(r => r.Receipt)];
            FrozenDictionary<string, StockQuotaEntry[]> byCustomer = quotas.TryGetValue(sku, out List<(string Customer, StockQuotaEntry Quota)>? list)
                ? list.GroupBy(q => q.Customer, StringComparer.Ordinal).ToFrozenDictionary(
                    g => g.Key,
                    g => g.Select(q => q.Quota).OrderBy(q => q.Start.UtcTicks).ToArray(),
                    StringComparer.Ordinal)
                : FrozenDictionary<string, StockQuotaEntry[]>.Empty;
            entries.Add(sku, new StockEntry(
                item?.Unit ?? UnitOfMeasure.Piece,
                item?.LeadTimeDays,
                stock,
                stock.Sum(w => w.Available),
                receipts,
                byCustomer));
        }

        return new StockCompilation(new StockSnapshot(book, sequence, entries.ToFrozenDictionary(StringComparer.Ordinal)), ordered);
    }

    private static ImmutableArray<T> Items<T>(ImmutableArray<T> array) => array.IsDefault ? [] : array;

    private static Dictionary<string, StockWarehouse> CheckWarehouses(ImmutableArray<StockWarehouse> warehouses, List<StockDiagnostic> diagnostics)
    {
        var known = new Dictionary<string, StockWarehouse>(StringComparer.Ordinal);
        for (int i = 0; i < warehouses.Length; i++)
        {
            StockWarehouse? warehouse = warehouses[i];
            string path = $"warehouses[{i}]";
            if (warehouse is null)
            {
                Error(diagnostics, "SB010", path, "The warehouse is null.");
                continue;
            }

            if (warehouse.Id.Value is not string id)
            {
                Error(diagnostics, "SB011", path + ".id", "The warehouse has no identifier.");
                continue;
            }

            path += $"({id})";
            if (!known.TryAdd(id, warehouse))
            {
                Error(diagnostics, "SB012", path, $"The warehouse '{id}' is listed twice; each warehouse is listed once.");
            }

            if (string.IsNullOrWhiteSpace(warehouse.Name))
            {
                Error(diagnostics, "SB013", path + ".name", "The warehouse has no name.");
            }

            if (warehouse.Country is not { Length: 2 } country || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1]))
            {
                Error(diagnostics, "SB014", path + ".country", $"'{warehouse.Country}' is not an ISO 3166-1 alpha-2 country code such as DE.");
            }
        }

        return known;
    }

    private static Dictionary<string, StockItem> CheckItems(ImmutableArray<StockItem> items, List<StockDiagnostic> diagnostics)
    {
        var known = new Dictionary<string, StockItem>(StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++)
        {
            StockItem? item = items[i];
            string path = $"items[{i}]";
            if (item is null)
            {
                Error(diagnostics, "SB100", path, "The item is null.");
                continue;
            }

            if (item.Sku.Value is not string sku)
            {
                Error(diagnostics, "SB101", path + ".sku", "The item has no SKU.");
                continue;
            }

            path += $"({sku})";
            if (!known.TryAdd(sku, item))
            {
                Error(diagnostics, "SB102", path, $"The article '{sku}' has two items; each article is stocked in one unit with one lead time.");
            }

            if (item.LeadTimeDays < 0)
            {
                Error(diagnostics, "SB103", path + ".leadTimeDays", $"The lead time {item.LeadTimeDays} days is negative.");
            }
        }

        return known;
    }

    private static Dictionary<string, List<StockWarehouseEntry>> CheckLevels(
        ImmutableArray<StockLevel> levels,
        Dictionary<string, StockWarehouse> warehouses,
        Dictionary<string, StockItem> items,
        List<StockDiagnostic> diagnostics)
    {
        var bySku = new Dictionary<string, List<StockWarehouseEntry>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        for (int i = 0; i < levels.Length; i++)
        {
            StockLevel? level = levels[i];
            string path = $"levels[{i}]";
            if (level is null)
            {
                Error(diagnostics, "SB200", path, "The stock level is null.");
                continue;
            }

            if (level.Sku.Value is not string sku)
            {
                Error(diagnostics, "SB201", path + ".sku", "The stock level has no SKU.");
                continue;
            }

            string warehouseId = level.Warehouse.Value ?? string.Empty;
            path += $"({sku}/{warehouseId})";
            bool valid = true;
            if (!warehouses.TryGetValue(warehouseId, out StockWarehouse? warehouse))
            {
                Error(diagnostics, "SB202", path + ".warehouse", warehouseId.Length == 0
                    ? "The stock level names no warehouse."
                    : $"The warehouse '{warehouseId}' is not in the book's warehouses.");
                valid = false;
            }
            else if (!seen.Add((sku, warehouseId)))
            {
                Error(diagnostics, "SB203", path, $"The stock of '{sku}' in '{warehouseId}' is given twice; give one level per article and warehouse.");
                valid = false;
            }

            UnitOfMeasure unit = items.TryGetValue(sku, out StockItem? item) ? item.Unit : UnitOfMeasure.Piece;
            bool onHandValid = ToStockUnit(level.OnHand, unit, path + ".onHand", "SB204", "SB205", allowZero: true, diagnostics, out decimal onHand);
            bool reservedValid = ToStockUnit(level.Reserved, unit, path + ".reserved", "SB206", "SB207", allowZero: true, diagnostics, out decimal reserved);
            if (onHandValid && reservedValid && reserved > onHand)
            {
                Error(diagnostics, "SB208", path + ".reserved", string.Create(
                    CultureInfo.InvariantCulture,
                    $"The reserved quantity {reserved} {unit} is more than the {onHand} {unit} on hand."));
                valid = false;
            }

            var receipts = new List<StockReceiptEntry>();
            ImmutableArray<StockReceipt> given = Items(level.Receipts);
            for (int r = 0; r < given.Length; r++)
            {
                string receiptPath = $"{path}.receipts[{r}]";
                if (given[r] is not StockReceipt receipt)
                {
                    Error(diagnostics, "SB210", receiptPath, "The receipt is null.");
                    valid = false;
                    continue;
                }

                if (ToStockUnit(receipt.Quantity, unit, receiptPath + ".quantity", "SB211", "SB212", allowZero: false, diagnostics, out decimal quantity))
                {
                    receipts.Add(new StockReceiptEntry(receipt.ExpectedAt, quantity));
                }
                else
                {
                    valid = false;
                }
            }

            if (valid && onHandValid && reservedValid && warehouse is not null)
            {
                receipts.Sort((a, b) => a.At.UtcTicks != b.At.UtcTicks ? a.At.UtcTicks.CompareTo(b.At.UtcTicks) : a.Quantity.CompareTo(b.Quantity));
                if (!bySku.TryGetValue(sku, out List<StockWarehouseEntry>? list))
                {
                    list = [];
                    bySku.Add(sku, list);
                }

                list.Add(new StockWarehouseEntry(warehouse, onHand - reserved, [.. receipts]));
            }
        }

        return bySku;
    }

    private static Dictionary<string, List<(string Customer, StockQuotaEntry Quota)>> CheckQuotas(
        ImmutableArray<StockQuota> quotas,
        Dictionary<string, StockItem> items,
        List<StockDiagnostic> diagnostics)
    {
        var bySku = new Dictionary<string, List<(string Customer, StockQuotaEntry Quota)>>(StringComparer.Ordinal);
        var paths = new Dictionary<StockQuotaEntry, string>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < quotas.Length; i++)
        {
            StockQuota? quota = quotas[i];
            string path = $"quotas[{i}]";
            if (quota is null)
            {
                Error(diagnostics, "SB300", path, "The quota is null.");
                continue;
            }

            if (quota.Customer.Value is not string customer)
            {
                Error(diagnostics, "SB301", path + ".customer", "The quota names no customer.");
                continue;
            }

            if (quota.Sku.Value is not string sku)
            {
                Error(diagnostics, "SB302", path + ".sku", "The quota names no SKU.");
                continue;
            }

            path += $"({customer}/{sku})";
            bool valid = true;
            if (quota.PeriodEnd <= quota.PeriodStart)
            {
                Error(diagnostics, "SB303", path + ".periodEnd", $"The period ends ({quota.PeriodEnd:O}) before or when it starts ({quota.PeriodStart:O}).");
                valid = false;
            }

            UnitOfMeasure unit = items.TryGetValue(sku, out StockItem? item) ? item.Unit : UnitOfMeasure.Piece;
            valid &= ToStockUnit(quota.Allocated, unit, path + ".allocated", "SB304", "SB305", allowZero: true, diagnostics, out decimal allocated);
            valid &= ToStockUnit(quota.Consumed, unit, path + ".consumed", "SB306", "SB307", allowZero: true, diagnostics, out decimal consumed);
            if (!valid)
            {
                continue;
            }

            if (consumed > allocated)
            {
                Warning(diagnostics, "SB309", path + ".consumed", string.Create(
                    CultureInfo.InvariantCulture,
                    $"The consumed quantity {consumed} {unit} is more than the {allocated} {unit} allocated; nothing remains of the quota."));
            }

            var entry = new StockQuotaEntry(quota.PeriodStart, quota.PeriodEnd, allocated, consumed);
            if (!bySku.TryGetValue(sku, out List<(string Customer, StockQuotaEntry Quota)>? list))
            {
                list = [];
                bySku.Add(sku, list);
            }

            foreach ((string otherCustomer, StockQuotaEntry other) in list)
            {
                if (string.Equals(otherCustomer, customer, StringComparison.Ordinal) && other.Start < entry.End && entry.Start < other.End)
                {
                    Error(diagnostics, "SB308", path + ".periodStart", $"The period overlaps the quota at {paths[other]}; a customer has one quota per article at a time.");
                }
            }

            paths.Add(entry, path);
            list.Add((customer, entry));
        }

        return bySku;
    }

    /// <summary>Converts a quantity exactly into the stock unit, reporting why it cannot; zero converts from any unit.</summary>
    private static bool ToStockUnit(
        Quantity quantity,
        UnitOfMeasure unit,
        string path,
        string conversionCode,
        string signCode,
        bool allowZero,
        List<StockDiagnostic> diagnostics,
        out decimal value)
    {
        value = 0m;
        if (quantity.IsZero)
        {
            if (!allowZero)
            {
                Error(diagnostics, signCode, path, "The quantity is zero; it must be positive.");
                return false;
            }

            return true;
        }

        if (!quantity.TryConvertTo(unit, out Quantity converted))
        {
            Error(diagnostics, conversionCode, path, $"{quantity} does not convert exactly into {unit}, the unit the article is stocked in.");
            return false;
        }

        if (converted.Value < 0)
        {
            Error(diagnostics, signCode, path, $"The quantity {quantity} is negative.");
            return false;
        }

        value = converted.Value;
        return true;
    }

    private static void Error(List<StockDiagnostic> diagnostics, string code, string path, string message)
        => diagnostics.Add(new StockDiagnostic(PricingDiagnosticSeverity.Error, code, path, message));

    private static void Warning(List<StockDiagnostic> diagnostics, string code, string path, string message)
        => diagnostics.Add(new StockDiagnostic(PricingDiagnosticSeverity.Warning, code, path, message));
}

using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Validates a price book and compiles it into a <see cref="PricingSnapshot"/>, reporting every problem at once with
/// its path. Lists that are unchanged from a previous snapshot (the same <see cref="PriceList"/> instance) are
/// reused as compiled, which is what makes a one-list change cheap.
/// </summary>
internal static class PriceBookCompiler
{
    /// <summary>How many characters of a list's hashed text are buffered before they are hashed.</summary>
    private const int HashChunkChars = 16 * 1024;

    /// <summary>From how many rows to compile the new or changed lists in parallel.</summary>
    private const int ParallelCompileRows = 100_000;

    internal static PricingCompilation Compile(PriceBook book, PricingSnapshot? previous, long sequence)
    {
        ArgumentNullException.ThrowIfNull(book);
        var diagnostics = new List<PricingDiagnostic>();
        if (string.IsNullOrWhiteSpace(book.Version))
        {
            Error(diagnostics, "PB001", "version", "The price book has no version label; every price and proof carries it, so give one.");
        }

        ImmutableArray<PriceSourceKind> sequenceOfSources = CheckAccessSequence(book, diagnostics);
        // The hierarchy reports errors only, so a previous snapshot's hierarchy, if it is the same array, compiled
        // without any and is reused as compiled.
        FrozenDictionary<string, NodeInfo> nodes = previous is not null && previous.Book.Hierarchy == book.Hierarchy
            ? previous.Nodes
            : CompileHierarchy(book.Hierarchy, diagnostics);

        Dictionary<PriceList, CompiledList> reusable = previous?.ListsBySource ?? [];
        var lists = new CompiledList[book.PriceLists.Length];
        var changed = new HashSet<CompiledList>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<(int Index, PriceList Source)>();
        for (int i = 0; i < book.PriceLists.Length; i++)
        {
            PriceList source = book.PriceLists[i];
            if (source is null)
            {
                Error(diagnostics, "PB100", $"priceLists[{i}]", "The price list is null.");
                continue;
            }

            if (!ids.TryAdd(source.Id.Value ?? string.Empty, i))
            {
                Error(diagnostics, "PB101", $"priceLists[{i}]({source.Id.Value})", $"The identifier is already used by priceLists[{ids[source.Id.Value ?? string.Empty]}]; list identifiers are unique.");
            }

            // A node list is reused only while its node is still in the hierarchy; otherwise it is compiled again so
            // that PB105 reports it, exactly as a compilation from scratch would.
            if (reusable.TryGetValue(source, out CompiledList? kept) && kept.Index == i
                && (source.Kind != PriceSourceKind.HierarchyNode || nodes.ContainsKey(kept.Scope)))
            {
                lists[i] = kept;
                continue;
            }

            pending.Add((i, source));
        }

        CompileLists(pending, lists, nodes, diagnostics);
        foreach ((int index, _) in pending)
        {
            changed.Add(lists[index]);
        }

        CheckProducts(book.Products, diagnostics);
        AdjustmentRulesCompiler.Check(book, diagnostics);
        PromotionsCompiler.Check(book, nodes, diagnostics);
        CheckNodeInheritance(lists, diagnostics);
        CheckOverlaps(lists, changed, previous is null, diagnostics);
        HashSet<(PriceSourceKind, string)>? affected = previous is null ? null : AffectedScopes(lists, changed, previous);
        CurrencyCoverage coverage = CheckCurrencyCoverage(lists, previous, affected, diagnostics);

        ImmutableArray<PricingDiagnostic> ordered = [.. diagnostics
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
        if (ordered.Any(d => d.Severity == PricingDiagnosticSeverity.Error))
        {
            return new PricingCompilation(null, ordered);
        }

        var snapshot = new PricingSnapshot(book, sequence, sequenceOfSources, nodes, lists, BookHash(book, lists), coverage, previous, affected);
        return new PricingCompilation(snapshot, ordered);
    }

    private static ImmutableArray<PriceSourceKind> CheckAccessSequence(PriceBook book, List<PricingDiagnostic> diagnostics)
    {
        ImmutableArray<PriceSourceKind> sources = book.AccessSequence.IsDefaultOrEmpty ? PriceBook.DefaultAccessSequence : book.AccessSequence;
        var seen = new HashSet<PriceSourceKind>();
        for (int i = 0; i < sources.Length; i++)
        {
            if (!Enum.IsDefined(sources[i]))
            {
                Error(diagnostics, "PB002", $"accessSequence[{i}]", $"{(int)sources[i]} is not a price source kind.");
            }
            else if (!seen.Add(sources[i]))
            {
                Error(diagnostics, "PB003", $"accessSequence[{i}]", $"{sources[i]} appears twice in the access sequence.");
            }
        }

        return sources;
    }

    private static FrozenDictionary<string, NodeInfo> CompileHierarchy(ImmutableArray<HierarchyNode> hierarchy, List<PricingDiagnostic> diagnostics)
    {
        var byId = new Dictionary<string, (HierarchyNode Node, int Index)>(StringComparer.Ordinal);
        for (int i = 0; i < hierarchy.Length; i++)
        {
            HierarchyNode node = hierarchy[i];
            if (node.Id == default)
            {
                Error(diagnostics, "PB010", $"hierarchy[{i}]", "The node has no identifier.");
            }
            else if (!byId.TryAdd(node.Id.Value, (node, i)))
            {
                Error(diagnostics, "PB011", $"hierarchy[{i}]({node.Id.Value})", $"The node identifier is already used by hierarchy[{byId[node.Id.Value].Index}].");
            }
        }

        var result = new Dictionary<string, NodeInfo>(StringComparer.Ordinal);
        foreach ((HierarchyNode node, int index) in byId.Values)
        {
            var chain = new List<string> { node.Id.Value };
            HierarchyNode current = node;
            bool broken = false;
            while (current.Parent is HierarchyNodeId parent)
            {
                if (!byId.TryGetValue(parent.Value, out (HierarchyNode Node, int Index) next))
                {
                    Error(diagnostics, "PB012", $"hierarchy[{index}]({node.Id.Value}).parent", $"The parent '{parent.Value}' is not a node of the hierarchy.");
                    broken = true;
                    break;
                }

                if (chain.Contains(parent.Value))
                {
                    Error(diagnostics, "PB013", $"hierarchy[{index}]({node.Id.Value}).parent", $"The parents form a cycle: {string.Join(" > ", chain)} > {parent.Value}.");
                    broken = true;
                    break;
                }

                chain.Add(parent.Value);
                current = next.Node;
            }

            if (!broken)
            {
                result[node.Id.Value] = new NodeInfo(node, chain.Count - 1, [.. chain]);
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Compiles the new or changed lists. Lists compile independently, so a large book spreads them over the cores;
    /// each list then keeps its own diagnostics, merged in list order, so the result is the same as one by one.
    /// </summary>
    private static void CompileLists(List<(int Index, PriceList Source)> pending, CompiledList[] lists, FrozenDictionary<string, NodeInfo> nodes, List<PricingDiagnostic> diagnostics)
    {
        long rows = 0;
        foreach ((_, PriceList source) in pending)
        {
            rows += source.Entries.IsDefault ? 0 : source.Entries.Length;
        }

        if (pending.Count < 2 || rows < ParallelCompileRows || Environment.ProcessorCount < 2)
        {
            foreach ((int index, PriceList source) in pending)
            {
                lists[index] = CompileList(source, index, nodes, diagnostics);
            }

            return;
        }

        var perList = new List<PricingDiagnostic>[pending.Count];
        try
        {
            Parallel.For(0, pending.Count, k =>
            {
                var own = new List<PricingDiagnostic>();
                (int index, PriceList source) = pending[k];
                lists[index] = CompileList(source, index, nodes, own);
                perList[k] = own;
            });
        }
        catch (AggregateException failure) when (failure.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failure.InnerExceptions[0]);
        }

        foreach (List<PricingDiagnostic> own in perList)
        {
            diagnostics.AddRange(own);
        }
    }

    private static CompiledList CompileList(PriceList source, int index, FrozenDictionary<string, NodeInfo> nodes, List<PricingDiagnostic> diagnostics)
    {
        var list = new CompiledList(source, index);
        string path = list.Path;
        if (source.Id == default)
        {
            Error(diagnostics, "PB102", path, "The price list has no identifier.");
        }

        CheckScope(source, path, nodes, diagnostics);
        if (source.ValidFrom is DateTimeOffset from && source.ValidTo is DateTimeOffset to && from >= to)
        {
            Error(diagnostics, "PB107", path + ".validTo", $"The list ends ({to:O}) before or when it starts ({from:O}).");
        }

        if (source.Kind != PriceSourceKind.HierarchyNode && source.Inheritance != NodeInheritance.Inherit)
        {
            Warning(diagnostics, "PB108", path + ".inheritance", $"Only hierarchy-node lists combine with ancestors; the {source.Inheritance} mode of a {source.Kind} list has no effect.");
        }

        ImmutableArray<PriceEntry> entries = source.Entries.IsDefault ? [] : source.Entries;
        // A plain dictionary, filled once here and only read afterwards (concurrent reads are safe): building a
        // frozen dictionary over a list of 200,000 SKUs costs several times more than it saves on lookups.
        var bySku = new Dictionary<string, CompiledEntry[]>(entries.Length, StringComparer.Ordinal);
        List<string>? shared = null;
        for (int i = 0; i < entries.Length; i++)
        {
            PriceEntry? entry = entries[i];
            if (entry is null)
            {
                Error(diagnostics, "PB200", $"{path}.entries[{i}]", "The entry is null.");
                continue;
            }

            if (!CheckEntry(entry, path, i, diagnostics))
            {
                continue;
            }

            var compiled = new CompiledEntry(list, i, entry);
            ref CompiledEntry[]? group = ref CollectionsMarshal.GetValueRefOrAddDefault(bySku, entry.Sku.Value, out bool exists);
            if (!exists)
            {
                group = [compiled];
            }
            else
            {
                if (group!.Length == 1)
                {
                    (shared ??= []).Add(entry.Sku.Value);
                }

                group = [.. group, compiled];
            }
        }

        foreach (string sku in shared ?? [])
        {
            var group = new List<CompiledEntry>(bySku[sku]);
            group.Sort(CompareSpecificity);
            CheckShadowing(group, diagnostics);
            bySku[sku] = [.. group];
        }

        list.BySku = bySku;
        list.ContentHash = ListHash(source);
        return list;
    }

    private static void CheckScope(PriceList source, string path, FrozenDictionary<string, NodeInfo> nodes, List<PricingDiagnostic> diagnostics)
    {
        bool hasSegment = source.Segment is not null;
        bool hasNode = source.Node is not null;
        bool hasCustomer = source.Customer is not null;
        switch (source.Kind)
        {
            case PriceSourceKind.List when hasSegment || hasNode || hasCustomer:
                Error(diagnostics, "PB103", path, "A list-price list applies to everyone; it names no segment, node or customer.");
                break;
            case PriceSourceKind.Segment when !hasSegment || hasNode || hasCustomer:
                Error(diagnostics, "PB103", path, "A segment list names its segment, and no node or customer.");
                break;
            case PriceSourceKind.HierarchyNode when !hasNode || hasSegment || hasCustomer:
                Error(diagnostics, "PB103", path, "A hierarchy-node list names its node, and no segment or customer.");
                break;
            case PriceSourceKind.Contract when !hasCustomer || hasSegment || hasNode:
                Error(diagnostics, "PB103", path, "A contract list names its customer, and no segment or node.");
                break;
            case PriceSourceKind.List or PriceSourceKind.Segment or PriceSourceKind.HierarchyNode or PriceSourceKind.Contract:
                break;
            default:
                Error(diagnostics, "PB104", path + ".kind", $"{(int)source.Kind} is not a price source kind.");
                break;
        }

        if (source.Kind == PriceSourceKind.HierarchyNode && source.Node is HierarchyNodeId node && !nodes.ContainsKey(node.Value))
        {
            Error(diagnostics, "PB105", path + ".node", $"The node '{node.Value}' is not in the hierarchy.");
        }

        if (source.Currency == default)
        {
            Error(diagnostics, "PB106", path + ".currency", "The list has no currency (XXX is 'no currency').");
        }
    }

    private static bool CheckEntry(PriceEntry entry, string listPath, int index, List<PricingDiagnostic> diagnostics)
    {
        // The entry's path is only built when a diagnostic names it: a valid book of millions of rows allocates none.
        int errors = diagnostics.Count;
        if (entry.Sku == default)
        {
            Error(diagnostics, "PB201", Path() + ".sku", "The entry has no SKU.");
        }

        if (entry.PriceBasis <= 0m)
        {
            Error(diagnostics, "PB202", Path() + ".priceBasis", $"The price basis is {entry.PriceBasis}; it is the positive quantity a price is for.");
        }
        else if (entry.Unit.IsDiscrete && decimal.Truncate(entry.PriceBasis) != entry.PriceBasis)
        {
            Error(diagnostics, "PB203", Path() + ".priceBasis", $"The price basis {entry.PriceBasis} is not whole, but {entry.Unit} is counted in whole units.");
        }

        ImmutableArray<PriceTier> tiers = entry.Tiers.IsDefault ? [] : entry.Tiers;
        if (tiers.Length == 0)
        {
            Error(diagnostics, "PB204", Path() + ".tiers", "The entry has no tier; give at least one price.");
        }

        for (int t = 0; t < tiers.Length; t++)
        {
            PriceTier tier = tiers[t];
            if (tier.Price < 0m)
            {
                Error(diagnostics, "PB205", $"{Path()}.tiers[{t}].price", $"The price {tier.Price} is negative.");
            }

            if (tier.MinQuantity < 0m)
            {
                Error(diagnostics, "PB206", $"{Path()}.tiers[{t}].minQuantity", $"The minimum quantity {tier.MinQuantity} is negative.");
            }

            if (t > 0 && tier.MinQuantity <= tiers[t - 1].MinQuantity)
            {
                Error(diagnostics, "PB207", $"{Path()}.tiers[{t}].minQuantity", $"The minimum quantity {tier.MinQuantity} does not rise above the previous tier's {tiers[t - 1].MinQuantity}; tiers are in increasing order.");
            }

            if (t > 0 && tier.Price > tiers[t - 1].Price)
            {
                Warning(diagnostics, "PB208", $"{Path()}.tiers[{t}].price", $"The price rises from {tiers[t - 1].Price} to {tier.Price} as the quantity grows; buyers of more pay more per unit.");
            }
        }

        if (entry.MinQuantity is decimal min && entry.MaxQuantity is decimal max && min > max)
        {
            Error(diagnostics, "PB209", Path() + ".maxQuantity", $"The maximum quantity {max} is below the minimum {min}.");
        }

        if (entry.OrderMultiple is decimal multiple && multiple <= 0m)
        {
            Error(diagnostics, "PB210", Path() + ".orderMultiple", $"The order multiple {multiple} is not positive.");
        }

        if (entry.ValidFrom is DateTimeOffset from && entry.ValidTo is DateTimeOffset to && from >= to)
        {
            Error(diagnostics, "PB211", Path() + ".validTo", $"The entry ends ({to:O}) before or when it starts ({from:O}).");
        }

        if (!Enum.IsDefined(entry.TierKind))
        {
            Error(diagnostics, "PB212", Path() + ".tierKind", $"{(int)entry.TierKind} is not a tier kind.");
        }

        return diagnostics.Count == errors || diagnostics.Skip(errors).All(d => d.Severity == PricingDiagnosticSeverity.Warning);
    
        string Path() => $"{listPath}.entries[{index}]({entry.Sku.Value})";
    }

    /// <summary>Orders the entries of one SKU in one list: channel-specific first, then the later start, then the finer window, then position.</summary>
    private static int CompareSpecificity(CompiledEntry left, CompiledEntry right)
    {
        int byChannel = (right.Channel is not null).CompareTo(left.Channel is not null);
        if (byChannel != 0)
        {
            return byChannel;
        }

        int byStart = right.FromTicks.CompareTo(left.FromTicks);
        if (byStart != 0)
        {
            return byStart;
        }

        int byEnd = left.ToTicks.CompareTo(right.ToTicks);
        return byEnd != 0 ? byEnd : left.Index.CompareTo(right.Index);
    }

    /// <summary>Warns about an entry that can never win: an earlier entry of the same unit and channel covers its whole window and every quantity it accepts.</summary>
    private static void CheckShadowing(List<CompiledEntry> group, List<PricingDiagnostic> diagnostics)
    {
        for (int later = 1; later < group.Count; later++)
        {
            CompiledEntry shadowed = group[later];
            for (int earlier = 0; earlier < later; earlier++)
            {
                CompiledEntry winner = group[earlier];
                if (winner.Unit == shadowed.Unit
                    && string.Equals(winner.Channel, shadowed.Channel, StringComparison.Ordinal)
                    && winner.FromTicks <= shadowed.FromTicks && winner.ToTicks >= shadowed.ToTicks
                    && winner.MinQuantity is null && winner.MaxQuantity is null && winner.OrderMultiple is null
                    && winner.Tiers[0].MinQuantity <= shadowed.Tiers[0].MinQuantity)
                {
                    Warning(diagnostics, "PB220", shadowed.Path, $"The entry can never apply: {winner.Path} accepts every quantity, unit, channel and date it does and is consulted first.");
                    break;
                }
            }
        }
    }

    private static void CheckProducts(ImmutableArray<PricedProduct> products, List<PricingDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < (products.IsDefault ? 0 : products.Length); i++)
        {
            PricedProduct? product = products[i];
            if (product is null || product.Sku == default)
            {
                Error(diagnostics, "PB300", $"products[{i}]", "The product is null or has no SKU.");
                continue;
            }

            string path = $"products[{i}]({product.Sku.Value})";
            if (!seen.TryAdd(product.Sku.Value, i))
            {
                Error(diagnostics, "PB301", path, $"The SKU is already described by products[{seen[product.Sku.Value]}].");
            }

            if (product.Cost is Money cost && cost.IsNegative)
            {
                Error(diagnostics, "PB302", path + ".cost", $"The cost {cost} is negative.");
            }
        }
    }

    private static void CheckNodeInheritance(CompiledList[] lists, List<PricingDiagnostic> diagnostics)
    {
        foreach (IGrouping<string, CompiledList> node in lists
            .Where(l => l is not null && l.Kind == PriceSourceKind.HierarchyNode)
            .GroupBy(l => l.Scope, StringComparer.Ordinal))
        {
            CompiledList first = node.OrderBy(l => l.Index).First();
            foreach (CompiledList other in node.Where(l => l.Inheritance != first.Inheritance))
            {
                Error(diagnostics, "PB109", other.Path + ".inheritance", $"The node '{node.Key}' is {first.Inheritance} in {first.Path} but {other.Inheritance} here; a node's lists share one inheritance mode.");
            }
        }
    }

    /// <summary>Warns where two lists of one scope, currency, channel and priority price the same SKU in overlapping windows: the identifier decides, which is rarely what was meant.</summary>
    private static void CheckOverlaps(CompiledList[] lists, HashSet<CompiledList> changed, bool checkAll, List<PricingDiagnostic> diagnostics)
    {
        foreach (IGrouping<(PriceSourceKind, string, Currency, string?, int), CompiledList> group in lists
            .Where(l => l is not null)
            .GroupBy(l => (l.Kind, l.Scope, l.Currency, l.Channel, l.Priority)))
        {
            CompiledList[] members = [.. group.OrderBy(l => l.Id, StringComparer.Ordinal)];
            if (members.Length < 2 || (!checkAll && !members.Any(changed.Contains)))
            {
                continue;
            }

            for (int a = 0; a < members.Length; a++)
            {
                for (int b = a + 1; b < members.Length; b++)
                {
                    CompiledList first = members[a];
                    CompiledList second = members[b];
                    if (first.FromTicks >= second.ToTicks || second.FromTicks >= first.ToTicks)
                    {
                        continue;
                    }

                    CompiledList smaller = first.BySku.Count <= second.BySku.Count ? first : second;
                    CompiledList larger = ReferenceEquals(smaller, first) ? second : first;
                    int shared = 0;
                    string? example = null;
                    foreach (string sku in smaller.BySku.Keys)
                    {
                        if (larger.BySku.ContainsKey(sku))
                        {
                            shared++;
                            example ??= sku;
                        }
                    }

                    if (shared > 0)
                    {
                        Warning(diagnostics, "PB110", second.Path, $"{second.Path} and {first.Path} have the same scope, currency, channel and priority, overlap in time and both price {shared} SKU(s) (e.g. {example}); {first.Id} wins by identifier. Give one a higher priority or separate their windows.");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The scopes (kind and scope identifier) a recompilation can have changed: those of the new or changed lists and
    /// those of the previous snapshot's lists that are no longer in the book as they were.
    /// </summary>
    private static HashSet<(PriceSourceKind, string)> AffectedScopes(CompiledList[] lists, HashSet<CompiledList> changed, PricingSnapshot previous)
    {
        var affected = new HashSet<(PriceSourceKind, string)>();
        foreach (CompiledList list in changed)
        {
            if (list is not null)
            {
                affected.Add((list.Kind, list.Scope));
            }
        }

        foreach (CompiledList old in previous.Lists)
        {
            if (old.Index >= lists.Length || !ReferenceEquals(lists[old.Index], old))
            {
                affected.Add((old.Kind, old.Scope));
            }
        }

        return affected;
    }

    /// <summary>
    /// Warns where a scope has prices in some of the book's currencies but not others. Recompiling from a previous
    /// snapshot with the same set of currencies, only the affected scopes are checked again; the others keep the
    /// previous snapshot's warnings, which are the ones a compilation from scratch would give (same lists, same
    /// positions, same currencies).
    /// </summary>
    private static CurrencyCoverage CheckCurrencyCoverage(
        CompiledList[] lists, PricingSnapshot? previous, HashSet<(PriceSourceKind, string)>? affected, List<PricingDiagnostic> diagnostics)
    {
        var seen = new HashSet<Currency>();
        foreach (CompiledList list in lists)
        {
            if (list is not null)
            {
                seen.Add(list.Currency);
            }
        }

        Currency[] currencies = [.. seen];
        Array.Sort(currencies);
        var warnings = new Dictionary<(PriceSourceKind, string), PricingDiagnostic>();
        if (currencies.Length < 2)
        {
            return new CurrencyCoverage(currencies, warnings);
        }

        IEnumerable<CompiledList> toCheck = lists.Where(l => l is not null);
        if (previous is not null && affected is not null && currencies.AsSpan().SequenceEqual(previous.Coverage.Currencies))
        {
            foreach (KeyValuePair<(PriceSourceKind, string), PricingDiagnostic> kept in previous.Coverage.Warnings)
            {
                if (!affected.Contains(kept.Key))
                {
                    warnings.Add(kept.Key, kept.Value);
                    diagnostics.Add(kept.Value);
                }
            }

            toCheck = lists.Where(l => l is not null && affected.Contains((l.Kind, l.Scope)));
        }

        foreach (IGrouping<(PriceSourceKind, string), CompiledList> scope in toCheck.GroupBy(l => (l.Kind, l.Scope)))
        {
            Currency[] missing = [.. currencies.Except(scope.Select(l => l.Currency))];
            if (missing.Length > 0)
            {
                CompiledList first = scope.OrderBy(l => l.Index).First();
                string name = scope.Key.Item1 == PriceSourceKind.List ? "The list-price scope" : $"{scope.Key.Item1} '{scope.Key.Item2}'";
                var warning = new PricingDiagnostic(
                    PricingDiagnosticSeverity.Warning,
                    "PB111",
                    first.Path,
                    $"{name} has no list in {string.Join(", ", missing.Select(c => c.Code))}, which other scopes price in; askers in those currencies fall through to the next source.");
                warnings.Add(scope.Key, warning);
                diagnostics.Add(warning);
            }
        }

        return new CurrencyCoverage(currencies, warnings);
    }

    private static string BookHash(PriceBook book, CompiledList[] lists)
    {
        var text = new StringBuilder();
        text.Append("book|").Append(book.Version).Append('|');
        foreach (PriceSourceKind kind in book.AccessSequence.IsDefaultOrEmpty ? PriceBook.DefaultAccessSequence : book.AccessSequence)
        {
            text.Append((int)kind).Append(',');
        }

        foreach (HierarchyNode node in book.Hierarchy.OrderBy(n => n.Id.Value, StringComparer.Ordinal))
        {
            text.Append("|node|").Append(node.Id.Value).Append('>').Append(node.Parent?.Value);
        }

        // In book order: proofs name entries by their position, so the same lists in another order are other data.
        foreach (CompiledList list in lists)
        {
            text.Append("|list|").Append(list.ContentHash);
        }

        foreach (PricedProduct product in (book.Products.IsDefault ? [] : book.Products).OrderBy(p => p.Sku.Value, StringComparer.Ordinal))
        {
            text.Append("|product|").Append(product.Sku.Value).Append('|').Append(product.Family).Append('|')
                .AppendJoin(',', product.Categories.IsDefault ? [] : product.Categories).Append('|').Append(product.TaxCategory)
                .Append('|').Append(product.Cost?.ToInvariantString());
        }

        AdjustmentRulesCompiler.AppendHash(text, book);

        PromotionsCompiler.AppendHash(text, book);
        return Hash(text.ToString());
    }

    /// <summary>A stable content hash of one list: every field that can change a price, in a fixed invariant form.</summary>
    /// <remarks>The text is hashed as it is written, a few thousand characters at a time, so a list of 200,000 rows never holds its whole text.</remarks>
    private static string ListHash(PriceList list)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Encoder utf8 = Encoding.UTF8.GetEncoder();
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(HashChunkChars * 2));
        try
        {
            var text = new StringBuilder(HashChunkChars * 2);
            CultureInfo invariant = CultureInfo.InvariantCulture;
            text.Append(invariant, $"{list.Id.Value}|{(int)list.Kind}|{list.Currency.Code}|{list.Segment?.Value}|{list.Node?.Value}|{list.Customer?.Value}|{list.Channel?.Value}|{list.ValidFrom?.UtcTicks}|{list.ValidTo?.UtcTicks}|{list.Priority}|{(int)list.Inheritance}");
            foreach (PriceEntry? entry in list.Entries.IsDefault ? [] : list.Entries)
            {
                if (entry is null)
                {
                    // Reported as PB200; the hash of a list that does not compile is never used.
                    text.Append("\nnull");
                    continue;
                }

                text.Append(invariant, $"\n{entry.Sku.Value}|{entry.Unit}|{entry.PriceBasis}|{(int)entry.TierKind}|{entry.MinQuantity}|{entry.MaxQuantity}|{entry.OrderMultiple}|{entry.ValidFrom?.UtcTicks}|{entry.ValidTo?.UtcTicks}|{entry.Channel?.Value}");
                foreach (PriceTier tier in entry.Tiers.IsDefault ? [] : entry.Tiers)
                {
                    text.Append(invariant, $"|{tier.MinQuantity}:{tier.Price}");
                }

                if (text.Length >= HashChunkChars)
                {
                    AppendUtf8(hash, utf8, text, ref bytes, flush: false);
                }
            }

            AppendUtf8(hash, utf8, text, ref bytes, flush: true);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Feeds the text written so far to the hash as UTF-8 (the encoder carries a surrogate pair split between calls) and clears it.</summary>
    private static void AppendUtf8(IncrementalHash hash, Encoder utf8, StringBuilder text, ref byte[] bytes, bool flush)
    {
        foreach (ReadOnlyMemory<char> chunk in text.GetChunks())
        {
            int needed = utf8.GetByteCount(chunk.Span, flush: false) + 3;
            if (needed > bytes.Length)
            {
                ArrayPool<byte>.Shared.Return(bytes);
                bytes = ArrayPool<byte>.Shared.Rent(needed);
            }

            int count = utf8.GetBytes(chunk.Span, bytes, flush: false);
            hash.AppendData(bytes, 0, count);
        }

        if (flush)
        {
            int count = utf8.GetBytes(ReadOnlySpan<char>.Empty, bytes, flush: true);
            hash.AppendData(bytes, 0, count);
        }

        text.Clear();
    }

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Error(List<PricingDiagnostic> diagnostics, string code, string path, string message)
        => diagnostics.Add(new PricingDiagnostic(PricingDiagnosticSeverity.Error, code, path, message));

    private static void Warning(List<PricingDiagnostic> diagnostics, string code, string path, string message)
        => diagnostics.Add(new PricingDiagnostic(PricingDiagnosticSeverity.Warning, code, path, message));
}

/// <summary>The book's currencies, in order, and the currency-coverage warning (PB111) of each scope that has one.</summary>
internal sealed record CurrencyCoverage(Currency[] Currencies, Dictionary<(PriceSourceKind, string), PricingDiagnostic> Warnings);

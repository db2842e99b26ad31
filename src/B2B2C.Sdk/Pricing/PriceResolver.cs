using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Resolves the price of one line through a context binding, like an access sequence: source kinds in order, the
/// first applicable price wins. The same code serves the fast path (no recorder: it stops at the winner and
/// allocates nothing) and the proof (a recorder: it goes on to record every other candidate and why it lost).
/// </summary>
internal static class PriceResolver
{
    internal static Outcome Resolve(ContextBinding binding, string sku, Quantity quantity, long atTicks, ProofRecorder? proof, out bool quantityRejected)
    {
        quantityRejected = false;
        Outcome winner = default;
        foreach (BindingStep step in binding.Steps)
        {
            Outcome found = step.Kind == PriceSourceKind.HierarchyNode
                ? ResolveNodes(step.Memberships, binding.Channel, sku, quantity, atTicks, proof, ref quantityRejected)
                : FirstApplicable(step.Lists, binding.Channel, sku, quantity, atTicks, depth: 0, proof, ref quantityRejected);
            if (!found.Found)
            {
                continue;
            }

            if (!winner.Found)
            {
                winner = found;
                if (proof is null)
                {
                    return winner;
                }
            }
            else
            {
                proof!.Reject(found.Candidate, PriceRejection.Shadowed);
            }
        }

        return winner;
    }

    private static Outcome FirstApplicable(
        CompiledList[] lists, string? channel, string sku, Quantity quantity, long atTicks, int depth, ProofRecorder? proof, ref bool quantityRejected)
    {
        Outcome first = default;
        foreach (CompiledList list in lists)
        {
            if (!list.BySku.TryGetValue(sku, out CompiledEntry[]? entries))
            {
                continue;
            }

            PriceRejection window = list.CheckWindow(atTicks);
            if (window != PriceRejection.None)
            {
                proof?.Add(list, null, window, null, -1);
                continue;
            }

            // An entry in the unit asked for comes before one reached by conversion: two reels ordered are priced
            // by the reel price, not as 10,000 pieces.
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (CompiledEntry entry in entries)
                {
                    if ((entry.Unit == quantity.Unit) != (pass == 0))
                    {
                        continue;
                    }

                    PriceRejection reason = entry.Check(channel, atTicks, quantity, out decimal value);
                    if (reason != PriceRejection.None)
                    {
                        quantityRejected |= reason >= PriceRejection.UnitNotConvertible && reason <= PriceRejection.NotOrderMultiple;
                        proof?.Add(list, entry, reason, null, -1);
                        continue;
                    }

                    decimal line = entry.LineAmount(value, out int tier);
                    if (!first.Found)
                    {
                        first = new Outcome(entry, value, line, tier, proof?.Add(list, entry, PriceRejection.None, line, tier) ?? -1, depth);
                        if (proof is null)
                        {
                            return first;
                        }
                    }
                    else
                    {
                        proof!.Add(list, entry, PriceRejection.Shadowed, line, tier);
                    }
                }
            }
        }

        return first;
    }

    /// <summary>Resolves every membership and keeps the deepest node's price, then the lower amount, then the first membership (ordered by node identifier).</summary>
    private static Outcome ResolveNodes(
        NodeMembership[] memberships, string? channel, string sku, Quantity quantity, long atTicks, ProofRecorder? proof, ref bool quantityRejected)
    {
        Outcome best = default;
        foreach (NodeMembership membership in memberships)
        {
            Outcome candidate = ResolveChain(membership.Levels, channel, sku, quantity, atTicks, proof, ref quantityRejected);
            if (!candidate.Found)
            {
                continue;
            }

            if (!best.Found)
            {
                best = candidate;
            }
            else if (candidate.Depth > best.Depth || (candidate.Depth == best.Depth && candidate.Line < best.Line))
            {
                proof?.Reject(best.Candidate, PriceRejection.LessSpecificMembership);
                best = candidate;
            }
            else
            {
                proof?.Reject(candidate.Candidate, PriceRejection.LessSpecificMembership);
            }
        }

        return best;
    }

    /// <summary>Walks one membership's chain from the node up to the root, applying each level's inheritance mode.</summary>
    private static Outcome ResolveChain(
        NodeLevel[] levels, string? channel, string sku, Quantity quantity, long atTicks, ProofRecorder? proof, ref bool quantityRejected)
    {
        Outcome result = default;
        bool lowestPending = false;
        int level = 0;
        for (; level < levels.Length; level++)
        {
            NodeLevel node = levels[level];
            Outcome own = FirstApplicable(node.Lists, channel, sku, quantity, atTicks, node.Depth, proof, ref quantityRejected);
            if (own.Found)
            {
                result = lowestPending ? Lower(result, own, proof) : own;
            }

            if (node.Mode == NodeInheritance.Lowest)
            {
                lowestPending |= own.Found;
                continue;
            }

            if (own.Found || node.Mode == NodeInheritance.Replace)
            {
                level++;
                break;
            }
        }

        if (proof is not null)
        {
            // Record what the ancestors above the deciding node would have offered. Their quantity rejections do not
            // count: the fast path never consults them, and an overridden agreement cannot make the quantity refused.
            bool ignored = false;
            for (; level < levels.Length; level++)
            {
                Outcome overridden = FirstApplicable(levels[level].Lists, channel, sku, quantity, atTicks, levels[level].Depth, proof, ref ignored);
                if (overridden.Found)
                {
                    proof.Reject(overridden.Candidate, PriceRejection.OverriddenByNearerNode);
                }
            }
        }

        return result;
    }

    private static Outcome Lower(Outcome nearer, Outcome farther, ProofRecorder? proof)
    {
        if (!nearer.Found)
        {
            return farther;
        }

        if (farther.Line < nearer.Line)
        {
            proof?.Reject(nearer.Candidate, PriceRejection.HigherThanAlternative);
            return farther with { Depth = nearer.Depth };
        }

        proof?.Reject(farther.Candidate, PriceRejection.HigherThanAlternative);
        return nearer;
    }
}

/// <summary>An applicable price found during resolution: the entry, the quantity in its unit, the line amount and tier.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct Outcome(CompiledEntry? Entry, decimal Value, decimal Line, int Tier, int Candidate, int Depth)
{
    internal bool Found => Entry is not null;
}

/// <summary>Collects candidates for a proof; only created when a proof is asked for.</summary>
internal sealed class ProofRecorder
{
    internal List<ProofItem> Items { get; } = new(16);

    internal int Add(CompiledList list, CompiledEntry? entry, PriceRejection rejection, decimal? line, int tier)
    {
        Items.Add(new ProofItem(list, entry, rejection, line, tier));
        return Items.Count - 1;
    }

    internal void Reject(int candidate, PriceRejection rejection)
    {
        if (candidate >= 0 && Items[candidate].Rejection == PriceRejection.None)
        {
            Items[candidate] = Items[candidate] with { Rejection = rejection };
        }
    }
}

/// <summary>One candidate recorded for a proof: the list, the entry (none when the list as a whole was rejected), why it lost, its line amount and tier.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct ProofItem(CompiledList List, CompiledEntry? Entry, PriceRejection Rejection, decimal? Line, int Tier);

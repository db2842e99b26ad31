using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Finds the best admissible combination of promotions for a cart by an exact branch-and-bound search over the
/// combinations, and explains the promotions left out.
/// </summary>
/// <remarks>
/// <para>
/// Admissible: an exclusive promotion stands alone; at most one promotion of a non-empty stacking group. Every
/// combination is evaluated on the cart as the steps would apply it (<see cref="PromotionEvaluator.Evaluate"/>). The
/// best has the largest total discount; ties go to fewer promotions, then to the lexicographically smallest list of
/// sorted identifiers (ordinal).
/// </para>
/// <para>
/// Every single admissible promotion is evaluated first, so the result is never worse than the best single one. The
/// search then extends combinations depth first, candidates by descending single discount, and prunes a branch when
/// the combination's value plus the upper bounds of every remaining candidate (plus one minor unit per line and
/// candidate for rounding) cannot reach the best found: a promotion never adds more to a combination than it gives
/// alone, since every effect is monotone in the line amounts. At most <see cref="MaxCombinations"/> combinations of
/// two or more promotions are evaluated; beyond that the best found so far is used, which is still at least the best
/// single promotion.
/// </para>
/// </remarks>
internal static class PromotionSearch
{
    /// <summary>The most combinations of two or more promotions evaluated for one cart.</summary>
    internal const int MaxCombinations = 4096;

    internal static PromotionPlan Plan(PromotionEvaluator evaluator)
    {
        var plan = new PromotionPlan(evaluator.Lines);
        var candidates = new List<PromotionCandidate>();
        var idle = new List<PromotionCandidate>();
        foreach (Promotion promotion in evaluator.Work.Snapshot.Book.Promotions.OrderBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            PromotionCandidate? candidate = evaluator.Admit(promotion, out PromotionNearMiss? nearMiss);
            if (nearMiss is not null)
            {
                plan.NearMisses.Add(nearMiss);
            }

            if (candidate is null)
            {
                continue;
            }

            candidate.Solo = evaluator.Evaluate([candidate]);
            if (candidate.Solo <= 0m)
            {
                idle.Add(candidate);
                continue;
            }

            candidate.Bound = evaluator.UpperBound(candidate);
            candidates.Add(candidate);
        }

        candidates.Sort((left, right) =>
        {
            int bySolo = right.Solo.CompareTo(left.Solo);
            return bySolo != 0 ? bySolo : string.CompareOrdinal(left.Id, right.Id);
        });

        PromotionCandidate[] best = Search(evaluator, candidates);
        Array.Sort(best, PromotionCandidate.CompareForApplication);
        evaluator.ApplyLineLevel(best.Where(c => !c.IsCartLevel), plan);
        plan.CartLevel.AddRange(best.Where(c => c.IsCartLevel));

        // Explained after the line-level promotions applied, so that "spend 12.30 EUR more" counts what the cart costs now.
        plan.NearMisses.AddRange(idle.Select(evaluator.ExplainNoDiscount));

        foreach (PromotionCandidate left in candidates.Where(c => !best.Contains(c)).OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            ImmutableArray<PromotionId> blockers = [.. best.Where(left.Conflicts).Select(c => c.Source.Id).OrderBy(id => id.Value, StringComparer.Ordinal)];
            plan.NearMisses.Add(blockers.IsEmpty
                ? new PromotionNearMiss { Promotion = left.Source.Id, Reason = PromotionNearMissReason.NoDiscount, Message = "gives no further discount on top of the applied promotions" }
                : new PromotionNearMiss
                {
                    Promotion = left.Source.Id,
                    Reason = PromotionNearMissReason.NotCombinable,
                    Message = $"not combinable with {string.Join(" and ", blockers.Select(b => b.Value))}, which give(s) more",
                    BlockedBy = blockers,
                });
        }

        plan.NearMisses.Sort((left, right) => string.CompareOrdinal(left.Promotion.Value, right.Promotion.Value));
        return plan;
    }

    private static PromotionCandidate[] Search(PromotionEvaluator evaluator, List<PromotionCandidate> candidates)
    {
        var best = new Best();
        foreach (PromotionCandidate candidate in candidates)
        {
            best.Consider([candidate], candidate.Solo);
        }

        PromotionCandidate[] stackable = [.. candidates.Where(c => !c.Source.Exclusive)];
        var suffix = new decimal[stackable.Length + 1];
        for (int i = stackable.Length - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + stackable[i].Bound;
        }

        decimal rounding = evaluator.Lines.Length * evaluator.MinorUnit;
        int evaluations = 0;
        var chosen = new List<PromotionCandidate>();

        void Extend(int start, decimal value)
        {
            for (int j = start; j < stackable.Length; j++)
            {
                decimal bound = value + suffix[j] + (rounding * (stackable.Length - j + 2));
                if (bound < best.Value || evaluations >= MaxCombinations)
                {
                    return;
                }

                PromotionCandidate next = stackable[j];
                if (chosen.Any(next.Conflicts))
                {
                    continue;
                }

                chosen.Add(next);
                decimal extended = value;
                if (chosen.Count == 1)
                {
                    extended = next.Solo;
                }
                else
                {
                    evaluations++;
                    extended = evaluator.Evaluate(chosen);
                    best.Consider(chosen, extended);
                }

                Extend(j + 1, extended);
                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        Extend(0, 0m);
        return best.Set;
    }

    /// <summary>The best combination so far, by the documented order: larger discount, fewer promotions, smaller sorted identifiers.</summary>
    private sealed class Best
    {
        internal decimal Value { get; private set; }

        internal PromotionCandidate[] Set { get; private set; } = [];

        private string[] _ids = [];

        internal void Consider(IReadOnlyCollection<PromotionCandidate> set, decimal value)
        {
            string[] ids = [.. set.Select(c => c.Id).Order(StringComparer.Ordinal)];
            if (value > Value
                || (value == Value && Set.Length > 0 && (ids.Length < _ids.Length || (ids.Length == _ids.Length && Compare(ids, _ids) < 0))))
            {
                Value = value;
                Set = [.. set];
                _ids = ids;
            }
        }

        private static int Compare(string[] left, string[] right)
        {
            for (int i = 0; i < Math.Min(left.Length, right.Length); i++)
            {
                int order = string.CompareOrdinal(left[i], right[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return left.Length.CompareTo(right.Length);
        }
    }
}

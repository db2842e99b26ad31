using System.Collections.Generic;

namespace B2B2C.Sdk.Pricing;

/// <summary>What <see cref="PromotionStep"/> chose for one cart: the applied promotions so far, the cart-level ones still to apply after rounding, and the near misses.</summary>
internal sealed class PromotionPlan(LineWork[] lines)
{
    /// <summary>Gets the priced lines in the canonical order the candidates' targets refer to.</summary>
    internal LineWork[] Lines { get; } = lines;

    internal List<PromotionCandidate> CartLevel { get; } = [];

    internal List<AppliedPromotion> Applied { get; } = [];

    internal List<PromotionNearMiss> NearMisses { get; } = [];
}

/// <summary>One promotion admissible for a cart: the lines it targets (by position in the evaluator's canonical order) and what is left of its budget.</summary>
internal sealed class PromotionCandidate(Promotion source, bool[] targeted, decimal? remainingBudget)
{
    internal Promotion Source { get; } = source;

    internal string Id => Source.Id.Value;

    internal PromotionEffect Effect => Source.Effect;

    internal bool IsCartLevel => Source.Effect.IsCartLevel;

    internal bool[] Targeted { get; } = targeted;

    /// <summary>Gets the positions of the targeted lines, ascending, computed once per quote.</summary>
    internal int[] Indexes { get; } = IndexesOf(targeted);

    internal decimal? RemainingBudget { get; } = remainingBudget;

    /// <summary>Gets or sets the discount the promotion gives alone.</summary>
    internal decimal Solo { get; set; }

    /// <summary>Gets or sets an upper bound of what the promotion can add to any combination (before the rounding slack).</summary>
    internal decimal Bound { get; set; }

    /// <summary>Orders promotions as a combination applies them: by effect kind (line-level kinds first), then by identifier (ordinal).</summary>
    internal static int CompareForApplication(PromotionCandidate left, PromotionCandidate right)
    {
        int byKind = left.Effect.Kind.CompareTo(right.Effect.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(left.Id, right.Id);
    }

    private static int[] IndexesOf(bool[] targeted)
    {
        int count = 0;
        foreach (bool t in targeted)
        {
            if (t)
            {
                count++;
            }
        }

        var indexes = new int[count];
        count = 0;
        for (int i = 0; i < targeted.Length; i++)
        {
            if (targeted[i])
            {
                indexes[count++] = i;
            }
        }

        return indexes;
    }

    /// <summary>Whether two promotions may apply together: neither is exclusive and they are not in the same non-empty stacking group.</summary>
    internal bool Conflicts(PromotionCandidate other)
        => Source.Exclusive || other.Source.Exclusive
            || (!string.IsNullOrEmpty(Source.StackingGroup) && string.Equals(Source.StackingGroup, other.Source.StackingGroup, System.StringComparison.Ordinal));
}

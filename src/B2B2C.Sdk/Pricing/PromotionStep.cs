namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Chooses the best admissible combination of the book's promotions for the cart (see <see cref="PromotionSearch"/>),
/// applies its line-level effects to the exact line amounts, and leaves its cart-level effects to
/// <see cref="CartPromotionStep"/>, which runs after rounding.
/// </summary>
internal sealed class PromotionStep : ICartStep
{
    public void Apply(CartWork work)
    {
        if (work.Snapshot.Book.Promotions.IsDefaultOrEmpty)
        {
            return;
        }

        var evaluator = new PromotionEvaluator(work);
        work.Promotions = PromotionSearch.Plan(evaluator);
    }
}

/// <summary>Applies the chosen cart-level promotions to the rounded line amounts, allocating each discount to its targeted lines exactly.</summary>
internal sealed class CartPromotionStep : ICartStep
{
    public void Apply(CartWork work)
    {
        if (work.Promotions is PromotionPlan plan && plan.CartLevel.Count > 0)
        {
            new PromotionEvaluator(work, plan.Lines).ApplyCartLevel(plan);
        }
    }
}

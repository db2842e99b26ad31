using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;
using static B2B2C.Sdk.Tests.Pricing.PricingTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>Properties of the engine over random price books.</summary>
public sealed partial class PricingEngineTests
{
    private static Gen<(PriceBook Book, PricingRequest[] Requests)> BooksWithRequests(int requests)
        => from book in PriceBookGenerators.Book()
           from r in Gen.ArrayOf(PriceBookGenerators.Request(), requests)
           select (book, r);

    [Fact]
    public void Price_BookLoadedInAnotherOrder_GivesTheSamePrices()
    {
        Gen<(PriceBook Book, PriceBook Shuffled, PricingRequest[] Requests)> cases =
            from c in BooksWithRequests(20)
            from shuffled in PriceBookGenerators.Shuffled(c.Book)
            select (c.Book, shuffled, c.Requests);

        Properties.ForAll(
            cases,
            c =>
            {
                var original = new PricingEngine(Compile(c.Book));
                var reordered = new PricingEngine(Compile(c.Shuffled));
                foreach (PricingRequest r in c.Requests)
                {
                    AssertSamePrice(original.Price(r.Context, r.Sku, r.Quantity, r.At), reordered.Price(r.Context, r.Sku, r.Quantity, r.At), r);
                }
            },
            cases: 200);
    }

    [Fact]
    public void PriceWithProof_RandomBook_CarriesThePriceResultAndReplays()
    {
        Properties.ForAll(
            BooksWithRequests(20),
            c =>
            {
                var engine = new PricingEngine(Compile(c.Book));
                foreach (PricingRequest r in c.Requests)
                {
                    PriceResult result = engine.Price(r.Context, r.Sku, r.Quantity, r.At);
                    PriceProof proof = engine.PriceWithProof(r.Context, r.Sku, r.Quantity, r.At);
                    Assert.True(result.Status == proof.Status, $"{result.Status} vs {proof.Status} for {r}");
                    AssertSameResult(result, proof);

                    PriceReplay replay = engine.Replay(proof);
                    Assert.True(replay.Matches, replay.Reason);
                    Assert.Equal(proof.Hash, replay.Recomputed!.Hash);
                    Assert.Equal(proof.Candidates.ToArray(), replay.Recomputed.Candidates.ToArray());
                }
            },
            cases: 200);
    }

    [Fact]
    public void PriceWithProof_RandomBook_WinnerIsTheFirstApplicableCandidateOfItsSource()
    {
        Properties.ForAll(
            BooksWithRequests(10),
            c =>
            {
                var engine = new PricingEngine(Compile(c.Book));
                foreach (PricingRequest r in c.Requests)
                {
                    PriceProof proof = engine.PriceWithProof(r.Context, r.Sku, r.Quantity, r.At);
                    if (proof.Status != PriceStatus.Priced)
                    {
                        Assert.DoesNotContain(proof.Candidates, k => k.LineAmount is not null && k.Rejection == PriceRejection.None);
                        continue;
                    }

                    PriceCandidate winner = proof.Candidates.Single(k => k.Rejection == PriceRejection.None);
                    int sourceRank = c.Book.AccessSequence.IndexOf(winner.Source);
                    // An earlier source can only have offered prices that a nearer replacing node overrode.
                    Assert.DoesNotContain(proof.Candidates, k => k.LineAmount is not null
                        && k.Rejection != PriceRejection.OverriddenByNearerNode
                        && c.Book.AccessSequence.IndexOf(k.Source) < sourceRank);
                    Assert.All(proof.Candidates.Where(k => k.LineAmount is null), k => Assert.NotEqual(PriceRejection.Shadowed, k.Rejection));
                }
            },
            cases: 150);
    }
}

using System;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;
using static B2B2C.Sdk.Tests.Pricing.PricingTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>Compiling snapshots and changing them one list at a time.</summary>
public sealed class PricingSnapshotTests
{
    [Fact]
    public void WithPriceList_ExistingIdentifier_ReplacesTheList()
    {
        PricingSnapshot snapshot = Compile(Book(ListPrice("LIST", Entry(1m)), SegmentList("GOLD", Entry(0.9m))));

        PricingSnapshot changed = snapshot.WithPriceList(ListPrice("LIST", Entry(2m))).GetSnapshotOrThrow();

        Assert.Equal(2, changed.PriceListCount);
        Assert.Equal(Money.Of(2m, Currency.EUR), new PricingEngine(changed).Price(Anonymous(), 1m).LineAmount);
        Assert.Equal(Money.Of(1m, Currency.EUR), new PricingEngine(snapshot).Price(Anonymous(), 1m).LineAmount);
        Assert.Equal(["LIST", "GOLD"], changed.Book.PriceLists.Select(l => l.Id.Value));
        Assert.True(changed.Sequence > snapshot.Sequence);
        Assert.NotEqual(snapshot.ContentHash, changed.ContentHash);
    }

    [Fact]
    public void WithPriceList_NewIdentifier_AddsTheList()
    {
        PricingSnapshot snapshot = Compile(Book(ListPrice("LIST", Entry(1m))));

        PricingSnapshot changed = snapshot.WithPriceList(SegmentList("GOLD", Entry(0.9m))).GetSnapshotOrThrow();

        Assert.Equal(2, changed.PriceListCount);
        Assert.Equal(2, changed.EntryCount);
        Assert.Equal("GOLD", new PricingEngine(changed).Price(Everyone(), 1m).PriceList.Value);
        Assert.Equal(1, snapshot.PriceListCount);
    }

    [Fact]
    public void WithPriceList_UnchangedLists_AreReusedAsCompiled()
    {
        // The warning of the unchanged list is not reported again: it was not compiled again.
        PriceList rising = ListPrice("RISING", new PriceEntry { Sku = Capacitor, Tiers = [new(1m, 1m), new(10m, 2m)] });
        PricingCompilation first = PricingSnapshot.Compile(Book(rising, SegmentList("GOLD", Entry(0.9m))));
        Assert.Equal("PB208", Assert.Single(first.Warnings).Code);

        PricingCompilation second = first.Snapshot!.WithPriceList(SegmentList("GOLD", Entry(0.8m)));

        Assert.Empty(second.Diagnostics);
        Assert.Same(first.Snapshot.ListsById["RISING"], second.Snapshot!.ListsById["RISING"]);
        Assert.NotSame(first.Snapshot.ListsById["GOLD"], second.Snapshot.ListsById["GOLD"]);
        Assert.Equal(Money.Of(20m, Currency.EUR), new PricingEngine(second.Snapshot).Price(Anonymous(), 10m, Capacitor).LineAmount);
    }

    [Fact]
    public void WithPriceList_InvalidList_ReturnsErrorsAndNoSnapshot()
    {
        PricingSnapshot snapshot = Compile(Book(ListPrice("LIST", Entry(1m))));

        PricingCompilation compilation = snapshot.WithPriceList(ListPrice("LIST", Entry(1m) with { PriceBasis = -1m }));

        Assert.False(compilation.Succeeded);
        Assert.Equal("PB202", Assert.Single(compilation.Errors).Code);
        Assert.Throws<PriceBookException>(() => compilation.GetSnapshotOrThrow());
        Assert.True(new PricingEngine(snapshot).Price(Anonymous(), 1m).IsPriced);
    }

    [Fact]
    public void WithPriceList_Null_Throws()
    {
        PricingSnapshot snapshot = Compile(Book(ListPrice("LIST", Entry(1m))));

        Assert.Throws<ArgumentNullException>(() => snapshot.WithPriceList(null!));
    }

    [Fact]
    public void WithoutPriceList_KnownIdentifier_RemovesTheList()
    {
        PricingSnapshot snapshot = Compile(Book(ListPrice("LIST", Entry(1m)), SegmentList("GOLD", Entry(0.9m))));

        PricingSnapshot changed = snapshot.WithoutPriceList(new PriceListId("GOLD")).GetSnapshotOrThrow();

        Assert.Equal(1, changed.PriceListCount);
        Assert.Equal("LIST", new PricingEngine(changed).Price(Everyone(), 1m).PriceList.Value);
    }

    [Fact]
    public void WithoutPriceList_UnknownIdentifier_Throws()
    {
        PricingSnapshot snapshot = Compile(Book(ListPrice("LIST", Entry(1m))));

        ArgumentException thrown = Assert.Throws<ArgumentException>(() => snapshot.WithoutPriceList(new PriceListId("NOPE")));

        Assert.Equal("id", thrown.ParamName);
    }

    [Fact]
    public void Compile_SameBook_HasTheSameHash_AndListOrderOrContentChangesIt()
    {
        PricingSnapshot one = Compile(Book(ListPrice("LIST", Entry(1m)), SegmentList("GOLD", Entry(0.9m))));
        PricingSnapshot same = Compile(Book(ListPrice("LIST", Entry(1m)), SegmentList("GOLD", Entry(0.9m))));
        PricingSnapshot reordered = Compile(Book(SegmentList("GOLD", Entry(0.9m)), ListPrice("LIST", Entry(1m))));
        PricingSnapshot other = Compile(Book(ListPrice("LIST", Entry(1.01m)), SegmentList("GOLD", Entry(0.9m))));

        // Proofs name entries by their position in the book, so the order of the lists is part of the content.
        Assert.Equal(one.ContentHash, same.ContentHash);
        Assert.NotEqual(one.ContentHash, reordered.ContentHash);
        Assert.NotEqual(one.ContentHash, other.ContentHash);
        Assert.NotEqual(one.Sequence, same.Sequence);
        Assert.Matches("^[0-9a-f]{64}$", one.ContentHash);
        Assert.Equal("v1", one.Version);
    }

    [Fact]
    public void WithPriceList_RandomChange_PricesLikeCompilingTheChangedBookFromScratch()
    {
        Gen<((PriceBook Book, PriceList Change) Case, PricingRequest[] Requests)> cases =
            from c in PriceBookGenerators.BookWithChange()
            from requests in Gen.ArrayOf(PriceBookGenerators.Request(), 15)
            select (c, requests);

        Properties.ForAll(
            cases,
            c =>
            {
                PricingSnapshot before = Compile(c.Case.Book);
                PricingCompilation incremental = before.WithPriceList(c.Case.Change);
                int index = c.Case.Book.PriceLists.IndexOf(c.Case.Book.PriceLists.FirstOrDefault(l => l.Id == c.Case.Change.Id)!);
                PriceBook changed = c.Case.Book with
                {
                    PriceLists = index >= 0 ? c.Case.Book.PriceLists.SetItem(index, c.Case.Change) : c.Case.Book.PriceLists.Add(c.Case.Change),
                };
                PricingCompilation scratch = PricingSnapshot.Compile(changed);

                Assert.Equal(scratch.Succeeded, incremental.Succeeded);
                Assert.Equal(scratch.Errors.ToArray(), incremental.Errors.ToArray());
                Assert.Equal(scratch.Snapshot!.ContentHash, incremental.Snapshot!.ContentHash);
                var fromScratch = new PricingEngine(scratch.Snapshot);
                var fromIncrement = new PricingEngine(incremental.Snapshot);
                foreach (PricingRequest r in c.Requests)
                {
                    AssertSamePrice(fromScratch.Price(r.Context, r.Sku, r.Quantity, r.At), fromIncrement.Price(r.Context, r.Sku, r.Quantity, r.At), r);
                }
            },
            cases: 200);
    }
}

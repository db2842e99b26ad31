using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace B2B2C.Sdk.Catalog.Tests.Delta;

public sealed class CatalogDeltaTests(ITestOutputHelper output)
{
    private static CatalogManifestEntry Entry(string key, ulong hash, string? fingerprint = "fp1")
        => new(key, new CatalogContentHash(0, hash), "t", fingerprint);

    [Fact]
    public void Compute_Scenarios_SortsEveryKeyIntoOneGroup()
    {
        CatalogManifest previous = CatalogManifest.Create(
        [
            Entry("same", 1),
            Entry("changed", 1),
            Entry("removed", 1),
            Entry("schema", 1, "fp1"),
            Entry("schema-and-content", 1, "fp1"),
        ]);
        CatalogManifest current = CatalogManifest.Create(
        [
            Entry("schema-and-content", 2, "fp2"),
            Entry("schema", 1, "fp2"),
            Entry("added", 1),
            Entry("changed", 2),
            Entry("same", 1),
        ]);

        CatalogDeltaResult delta = CatalogDelta.Compute(previous, current);

        Assert.Equal(["added"], delta.Added.ToArray());
        Assert.Equal(["changed", "schema-and-content"], delta.Changed.ToArray());
        Assert.Equal(["removed"], delta.Removed.ToArray());
        Assert.Equal(["schema"], delta.Invalidated.ToArray());
        Assert.Equal(1, delta.Unchanged);
        Assert.False(delta.IsEmpty);
    }

    [Fact]
    public void Compute_FirstRun_AddsEverything()
    {
        CatalogDeltaResult delta = CatalogDelta.Compute(CatalogManifest.Empty, CatalogManifest.Create([Entry("b", 1), Entry("a", 2)]));

        Assert.Equal(["a", "b"], delta.Added.ToArray());
        Assert.Empty(delta.Removed.ToArray());
    }

    private static FsCheck.Gen<CatalogManifestEntry[]> Entries()
        => from keys in Gen.ArrayOf(Gen.Elements("a", "b", "B", "c", "é", "电", "a\tb", "z1", "z2", "z10"))
           from hashes in Gen.ArrayOf(Gen.Choose(0, 2), keys.Length)
           from fingerprints in Gen.ArrayOf(Gen.Elements<string?>("f1", "f2", null), keys.Length)
           select keys.Select((k, i) => Entry(k, (ulong)hashes[i], fingerprints[i])).DistinctBy(e => e.Key).ToArray();

    private static FsCheck.Gen<(CatalogManifestEntry[] Item1, CatalogManifestEntry[] Item2)> Pairs()
        => from first in Entries()
           from second in Entries()
           select (first, second);

    [Fact]
    public void Compute_ManifestAgainstItself_IsEmpty()
    {
        Properties.ForAll(Entries(), entries =>
        {
            CatalogManifest manifest = CatalogManifest.Create(entries);
            CatalogDeltaResult delta = CatalogDelta.Compute(manifest, manifest);
            Assert.True(delta.IsEmpty);
            Assert.Equal(manifest.Count, delta.Unchanged);
        });
    }

    [Fact]
    public void Compute_AppliedToPrevious_GivesTheCurrentKeys()
    {
        Properties.ForAll(Pairs(), pair =>
        {
            CatalogManifest previous = CatalogManifest.Create(pair.Item1);
            CatalogManifest current = CatalogManifest.Create(pair.Item2);
            CatalogDeltaResult delta = CatalogDelta.Compute(previous, current);

            var keys = new HashSet<string>(previous.Entries.Select(e => e.Key), StringComparer.Ordinal);
            keys.UnionWith(delta.Added.ToArray());
            keys.UnionWith(delta.Changed.ToArray());
            keys.ExceptWith(delta.Removed.ToArray());
            Assert.True(keys.SetEquals(current.Entries.Select(e => e.Key)));
            Assert.Equal(
                current.Count,
                delta.Added.Length + delta.Changed.Length + delta.Invalidated.Length + delta.Unchanged);
            foreach (string[] group in new[] { delta.Added.ToArray(), delta.Changed.ToArray(), delta.Removed.ToArray(), delta.Invalidated.ToArray() })
            {
                Assert.Equal(group.Order(StringComparer.Ordinal), group);
            }
        });
    }

    [Fact]
    public void Compute_InputOrder_DoesNotMatter()
    {
        Properties.ForAll(Pairs(), pair =>
        {
            CatalogDeltaResult forward = CatalogDelta.Compute(CatalogManifest.Create(pair.Item1), CatalogManifest.Create(pair.Item2));
            CatalogDeltaResult backward = CatalogDelta.Compute(
                CatalogManifest.Create(pair.Item1.Reverse()), CatalogManifest.Create(pair.Item2.Reverse()));

            Assert.Equal(forward.Added.ToArray(), backward.Added.ToArray());
            Assert.Equal(forward.Changed.ToArray(), backward.Changed.ToArray());
            Assert.Equal(forward.Removed.ToArray(), backward.Removed.ToArray());
            Assert.Equal(forward.Invalidated.ToArray(), backward.Invalidated.ToArray());
            Assert.Equal(forward.Unchanged, backward.Unchanged);
        });
    }

    [Fact]
    public void Compute_HalfAMillionEntriesWithOnePercentChanges_IsFast()
    {
        const int Count = 500_000;
        var previous = new CatalogManifestBuilder(Count);
        var current = new CatalogManifestBuilder(Count);
        for (int i = 0; i < Count; i++)
        {
            string key = "SKU-" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            previous.Add(Entry(key, (ulong)i));
            if (i % 100 == 1)
            {
                continue; // removed
            }

            current.Add(Entry(key, i % 100 == 0 ? (ulong)i + 1 : (ulong)i));
        }

        for (int i = 0; i < Count / 100; i++)
        {
            current.Add(Entry("NEW-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 7));
        }

        CatalogManifest before = previous.Build();
        CatalogManifest after = current.Build();
        CatalogDelta.Compute(before, after);

        var watch = Stopwatch.StartNew();
        CatalogDeltaResult delta = CatalogDelta.Compute(before, after);
        watch.Stop();

        output.WriteLine($"Delta of {Count:N0} entries: {watch.Elapsed.TotalMilliseconds:F1} ms");
        Assert.Equal(Count / 100, delta.Added.Length);
        Assert.Equal(Count / 100, delta.Changed.Length);
        Assert.Equal(Count / 100, delta.Removed.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"The delta took {watch.Elapsed}.");
    }
}

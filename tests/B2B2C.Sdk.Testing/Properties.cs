using System;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Testing;

/// <summary>Runs FsCheck properties inside xUnit facts (FsCheck.Xunit is not available), throwing on the first counterexample.</summary>
public static class Properties
{
    /// <summary>The number of cases each property checks unless a test asks for more.</summary>
    public const int DefaultCases = 300;

    /// <summary>Checks that <paramref name="property"/> holds for generated values.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="generator">The generator.</param>
    /// <param name="property">The property; it may also assert and throw.</param>
    /// <param name="cases">How many cases to run.</param>
    public static void ForAll<T>(Gen<T> generator, Func<T, bool> property, int cases = DefaultCases)
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), Prop.ForAll(generator.ToArbitrary(), property));

    /// <summary>Checks that <paramref name="property"/> holds for generated values, asserting inside.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="generator">The generator.</param>
    /// <param name="property">The property, asserting with xUnit.</param>
    /// <param name="cases">How many cases to run.</param>
    public static void ForAll<T>(Gen<T> generator, Action<T> property, int cases = DefaultCases)
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases), Prop.ForAll(generator.ToArbitrary(), property));
}

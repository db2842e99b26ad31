using System;
using System.Collections.Generic;
using System.Reflection;
using B2B2C.Sdk.Catalog;

namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>The packages under <c>src/</c> whose public surface the convention tests check, by assembly name.</summary>
public static class ShippedAssemblies
{
    /// <summary>The core package's assembly name.</summary>
    public const string Core = "B2B2C.Sdk";

    private static readonly Dictionary<string, Assembly> s_assemblies = new(StringComparer.Ordinal)
    {
        [Core] = typeof(Currency).Assembly,
        ["B2B2C.Sdk.Catalog"] = typeof(SourceProduct).Assembly,
    };

    /// <summary>Gets the assembly names as xUnit member data.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (string name in s_assemblies.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    /// <summary>Returns the loaded assembly with a name.</summary>
    /// <param name="name">The assembly name.</param>
    /// <returns>The assembly.</returns>
    public static Assembly Get(string name) => s_assemblies[name];
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>
/// The type conventions of the SDK's public surface, written as functions that return the offending types or
/// members, so they can be checked on the SDK and proved on sample types.
/// </summary>
internal static class ConventionRules
{
    /// <summary>
    /// Unsealed, non-abstract public classes allowed as documented extension points. Each entry names the type and the
    /// article that documents how to extend it.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> DocumentedExtensionPoints =
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Namespaces whose types may live in any folder (DI extension classes follow the Microsoft convention).</summary>
    internal static readonly IReadOnlySet<string> NamespacesOutsideFolderRule =
        new HashSet<string>(StringComparer.Ordinal) { "Microsoft.Extensions.DependencyInjection" };

    /// <summary>Returns the public types of <paramref name="assembly"/> (nested public types included).</summary>
    internal static IReadOnlyList<Type> PublicTypes(Assembly assembly)
        => assembly.GetTypes().Where(PublicApiWriter.IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

    /// <summary>Returns the structs that are not <c>readonly</c>.</summary>
    internal static IEnumerable<string> MutableStructs(IEnumerable<Type> types)
        => types
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(Name);

    /// <summary>
    /// Returns the classes that are neither sealed, static, abstract with a <c>&lt;remarks&gt;</c> that calls them an
    /// extension point, nor listed in <see cref="DocumentedExtensionPoints"/>.
    /// </summary>
    internal static IEnumerable<string> OpenClasses(IEnumerable<Type> types, XmlDocumentation documentation)
        => types
            .Where(t => t.IsClass && !t.IsSealed && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => !DocumentedExtensionPoints.ContainsKey(t.FullName!))
            .Where(t => !t.IsAbstract || !documentation.RemarksOf(t).Contains("extension point", StringComparison.OrdinalIgnoreCase))
            .Select(t => t.IsAbstract ? Name(t) + " (abstract, but its <remarks> do not call it an extension point)" : Name(t));

    /// <summary>Returns the exception types whose name does not end in "Exception", and the types so named that are not exceptions.</summary>
    internal static IEnumerable<string> MisnamedExceptions(IEnumerable<Type> types)
        => types
            .Where(t => typeof(Exception).IsAssignableFrom(t) != t.Name.EndsWith("Exception", StringComparison.Ordinal))
            .Select(Name);

    /// <summary>Returns the visible static fields that can be changed: not <c>const</c>, not <c>readonly</c>, or a readonly array.</summary>
    internal static IEnumerable<string> MutableStaticFields(IEnumerable<Type> types)
        => types
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => f.IsPublic || ((f.IsFamily || f.IsFamilyOrAssembly) && !t.IsSealed))
                .Where(f => !t.IsEnum && !f.Name.Contains('<', StringComparison.Ordinal))
                .Where(f => !f.IsLiteral && (!f.IsInitOnly || f.FieldType.IsArray))
                .Select(f => Name(t) + "." + f.Name))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Returns the top-level types whose source file <c>&lt;TypeName&gt;.cs</c> is missing under
    /// <paramref name="sourceRoot"/>, or sits in a folder that does not match the namespace
    /// (<c>B2B2C.Sdk.Pricing</c> lives in <c>src/B2B2C.Sdk/Pricing/</c>).
    /// </summary>
    /// <remarks>
    /// A generator may write several types of one namespace into one file (the identifiers, into
    /// <c>Identifiers.g.cs</c>). <paramref name="generatedFiles"/> maps the full name of each such type to that file's
    /// name, taken from the generator's own definitions, never written by hand; the file must then exist in the folder
    /// of the type's namespace. Every other type still needs its own <c>&lt;TypeName&gt;.cs</c>.
    /// </remarks>
    internal static IEnumerable<string> TypesOutsideTheirFolder(
        IEnumerable<Type> types, string sourceRoot, string rootNamespace, IReadOnlyDictionary<string, string> generatedFiles)
    {
        var filesByName = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(sourceRoot, f))
            .GroupBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (Type type in types.Where(t => !t.IsNested))
        {
            string ns = type.Namespace ?? string.Empty;
            if (NamespacesOutsideFolderRule.Contains(ns))
            {
                continue;
            }

            string fileName = generatedFiles.TryGetValue(Name(type), out string? generated) ? generated : type.Name.Split('`')[0] + ".cs";
            if (!filesByName.TryGetValue(fileName, out List<string>? files))
            {
                yield return $"{Name(type)}: no file {fileName} under {sourceRoot}";
                continue;
            }

            List<string> expected = files.Select(f => NamespaceOfFolder(sourceRoot, rootNamespace, f)).ToList();
            if (!expected.Contains(ns, StringComparer.Ordinal))
            {
                yield return $"{Name(type)}: namespace {ns}, but {fileName} sits in the folder of namespace {string.Join(" or ", expected)}";
            }
        }
    }

    /// <summary>Maps a source file to the namespace its folder stands for.</summary>
    internal static string NamespaceOfFolder(string sourceRoot, string rootNamespace, string file)
    {
        string folder = Path.GetRelativePath(sourceRoot, Path.GetDirectoryName(file)!);
        return folder == "." ? rootNamespace : rootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
    }

    private static bool IsBuildOutput(string sourceRoot, string file)
    {
        string relative = Path.GetRelativePath(sourceRoot, file);
        string first = relative.Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private static string Name(Type type) => type.FullName ?? type.Name;
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using B2B2C.Sdk.Testing;
using B2B2C.Sdk.Tests.Generation;

namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>
/// Conventions every public type of B2B2C.Sdk keeps. Each rule is checked on the SDK and proved on sample types
/// that break it, so a rule cannot pass by checking nothing.
/// </summary>
public sealed class TypeConventionTests
{
    private static readonly Assembly s_sdk = typeof(Currency).Assembly;

    private static readonly Dictionary<string, string> s_noGeneratedFiles = [];

    [Fact]
    public void PublicTypes_Sdk_ExistAndAreFound()
    {
        IReadOnlyList<Type> types = ConventionRules.PublicTypes(s_sdk);

        Assert.Contains(typeof(Currency), types);
        Assert.All(types, t => Assert.True(PublicApiWriter.IsVisible(t)));
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies.Names), MemberType = typeof(ShippedAssemblies))]
    public void PublicStructs_Shipped_AreReadOnly(string assemblyName)
    {
        Assert.Empty(ConventionRules.MutableStructs(ConventionRules.PublicTypes(ShippedAssemblies.Get(assemblyName))));
    }

    [Fact]
    public void MutableStructs_MutableAndReadOnlyStructs_ReportsOnlyTheMutableOne()
    {
        List<string> offenders = ConventionRules.MutableStructs([typeof(MutableSample), typeof(ReadOnlySample), typeof(SampleKind)]).ToList();

        Assert.Equal([typeof(MutableSample).FullName!], offenders);
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies.Names), MemberType = typeof(ShippedAssemblies))]
    public void PublicClasses_Shipped_AreSealedStaticOrDocumentedExtensionPoints(string assemblyName)
    {
        Assembly assembly = ShippedAssemblies.Get(assemblyName);
        XmlDocumentation documentation = XmlDocumentation.For(assembly);

        Assert.Empty(ConventionRules.OpenClasses(ConventionRules.PublicTypes(assembly), documentation));
    }

    [Fact]
    public void OpenClasses_SampleClasses_ReportsUnsealedAndUndocumentedAbstractOnes()
    {
        XmlDocumentation documentation = XmlDocumentation.Parse(XDocument.Parse(
            "<doc><members>"
            + $"<member name=\"T:{typeof(DocumentedBase).FullName!.Replace('+', '.')}\"><remarks>An extension point: derive to add a rule.</remarks></member>"
            + $"<member name=\"T:{typeof(UndocumentedBase).FullName!.Replace('+', '.')}\"><remarks>Immutable.</remarks></member>"
            + "</members></doc>"));
        Type[] samples = [typeof(OpenSample), typeof(SealedSample), typeof(StaticSample), typeof(DocumentedBase), typeof(UndocumentedBase)];

        List<string> offenders = ConventionRules.OpenClasses(samples, documentation).ToList();

        Assert.Equal(2, offenders.Count);
        Assert.StartsWith(typeof(OpenSample).FullName!, offenders[0], StringComparison.Ordinal);
        Assert.StartsWith(typeof(UndocumentedBase).FullName!, offenders[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies.Names), MemberType = typeof(ShippedAssemblies))]
    public void PublicTypes_Shipped_NamespaceMatchesFolder(string assemblyName)
    {
        Assembly assembly = ShippedAssemblies.Get(assemblyName);
        string sourceRoot = RepositoryRoot.Combine("src/" + assemblyName);
        string identifiersFile = Path.GetFileName(IdentifierGenerator.OutputPath);
        Dictionary<string, string> generatedFiles = IdentifierGenerator
            .ReadDefinitions(File.ReadAllText(RepositoryRoot.Combine(IdentifierGenerator.DefinitionsPath)))
            .ToDictionary(d => IdentifierGenerator.Namespace + "." + d.Name, _ => identifiersFile, StringComparer.Ordinal);

        Assert.Empty(ConventionRules.TypesOutsideTheirFolder(ConventionRules.PublicTypes(assembly), sourceRoot, assemblyName, generatedFiles));
    }

    [Fact]
    public void TypesOutsideTheirFolder_FileInWrongFolder_IsReported()
    {
        string sourceRoot = Path.Combine(Path.GetTempPath(), "b2b2c-conventions-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(sourceRoot, "Pricing"));
            File.WriteAllText(Path.Combine(sourceRoot, "Pricing", nameof(MutableSample) + ".cs"), "// sample");
            File.WriteAllText(Path.Combine(sourceRoot, nameof(ReadOnlySample) + ".cs"), "// sample");

            List<string> offenders = ConventionRules.TypesOutsideTheirFolder(
                [typeof(SampleTopLevel), typeof(MutableSample)], sourceRoot, "B2B2C.Sdk.Tests", s_noGeneratedFiles).ToList();

            Assert.Single(offenders);
            Assert.StartsWith(typeof(SampleTopLevel).FullName + ": no file", offenders[0], StringComparison.Ordinal);
            Assert.Equal(
                "B2B2C.Sdk.Tests.Pricing",
                ConventionRules.NamespaceOfFolder(sourceRoot, "B2B2C.Sdk.Tests", Path.Combine(sourceRoot, "Pricing", "Money.cs")));
        }
        finally
        {
            Directory.Delete(sourceRoot, recursive: true);
        }
    }

    [Fact]
    public void TypesOutsideTheirFolder_GeneratedFile_CountsOnlyForListedTypesInTheRightFolder()
    {
        string sourceRoot = Path.Combine(Path.GetTempPath(), "b2b2c-conventions-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(sourceRoot, "Conventions"));
            Directory.CreateDirectory(Path.Combine(sourceRoot, "Pricing"));
            File.WriteAllText(Path.Combine(sourceRoot, "Conventions", "Samples.g.cs"), "// sample");
            File.WriteAllText(Path.Combine(sourceRoot, "Pricing", "Misplaced.g.cs"), "// sample");
            var generatedFiles = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [typeof(SampleTopLevel).FullName!] = "Samples.g.cs",
                [typeof(TypeConventionTests).FullName!] = "Misplaced.g.cs",
                [typeof(PublicApiTests).FullName!] = "Missing.g.cs",
            };

            List<string> offenders = ConventionRules.TypesOutsideTheirFolder(
                [typeof(SampleTopLevel), typeof(TypeConventionTests), typeof(PublicApiTests), typeof(DocsTests)],
                sourceRoot,
                "B2B2C.Sdk.Tests",
                generatedFiles).ToList();

            Assert.Equal(3, offenders.Count);
            Assert.StartsWith(typeof(TypeConventionTests).FullName + ": namespace", offenders[0], StringComparison.Ordinal);
            Assert.StartsWith(typeof(PublicApiTests).FullName + ": no file Missing.g.cs", offenders[1], StringComparison.Ordinal);
            Assert.StartsWith(typeof(DocsTests).FullName + ": no file DocsTests.cs", offenders[2], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(sourceRoot, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies.Names), MemberType = typeof(ShippedAssemblies))]
    public void ExceptionTypes_Shipped_EndWithException(string assemblyName)
    {
        Assert.Empty(ConventionRules.MisnamedExceptions(ConventionRules.PublicTypes(ShippedAssemblies.Get(assemblyName))));
    }

    [Fact]
    public void MisnamedExceptions_SampleTypes_ReportsBothDirections()
    {
        List<string> offenders = ConventionRules.MisnamedExceptions(
            [typeof(SampleFailure), typeof(SampleMisnamedException), typeof(SampleRightException)]).ToList();

        Assert.Equal([typeof(SampleFailure).FullName!, typeof(SampleMisnamedException).FullName!], offenders);
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies.Names), MemberType = typeof(ShippedAssemblies))]
    public void PublicStaticFields_Shipped_AreImmutable(string assemblyName)
    {
        Assert.Empty(ConventionRules.MutableStaticFields(ConventionRules.PublicTypes(ShippedAssemblies.Get(assemblyName))));
    }

    [Fact]
    public void MutableStaticFields_SampleFields_ReportsWritableFieldsAndArrays()
    {
        List<string> offenders = ConventionRules.MutableStaticFields([typeof(StaticSample)]).ToList();

        string prefix = typeof(StaticSample).FullName + ".";
        Assert.Equal([prefix + nameof(StaticSample.Codes), prefix + nameof(StaticSample.Counter)], offenders);
    }

#pragma warning disable CA1051, CA1815, CA2211, CA1819, CA1032, CA1064, CA1711, CA1052, CA1710
    public struct MutableSample
    {
        public int Value;
    }

    public readonly struct ReadOnlySample
    {
        public int Value { get; }
    }

    public enum SampleKind
    {
        None = 0,
    }

    public class OpenSample
    {
    }

    public sealed class SealedSample
    {
    }

    public static class StaticSample
    {
        public const string Name = "sample";

        public static readonly string Label = "label";

        public static readonly string[] Codes = ["EUR"];

        public static int Counter;
    }

    public abstract class DocumentedBase
    {
    }

    public abstract class UndocumentedBase
    {
    }

    public sealed class SampleFailure : Exception
    {
    }

    public sealed class SampleMisnamedException
    {
    }

    public sealed class SampleRightException : Exception
    {
    }
#pragma warning restore CA1051, CA1815, CA2211, CA1819, CA1032, CA1064, CA1711, CA1052, CA1710
}


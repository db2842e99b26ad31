using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>The XML documentation file the compiler writes next to an assembly, read by member id (<c>T:Namespace.Type</c>).</summary>
internal sealed class XmlDocumentation
{
    private readonly Dictionary<string, XElement> _members;

    private XmlDocumentation(Dictionary<string, XElement> members)
    {
        _members = members;
    }

    /// <summary>Loads the documentation of <paramref name="assembly"/> from the <c>.xml</c> file beside it.</summary>
    internal static XmlDocumentation For(Assembly assembly)
    {
        string path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The XML documentation of {assembly.GetName().Name} was not found at '{path}'.", path);
        }

        return Parse(XDocument.Load(path));
    }

    /// <summary>Reads documentation from an XML document in the compiler's format.</summary>
    internal static XmlDocumentation Parse(XDocument document)
    {
        var members = document.Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => m.Attribute("name")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new XmlDocumentation(members);
    }

    /// <summary>Returns the text of the type's <c>&lt;remarks&gt;</c>, or an empty string.</summary>
    internal string RemarksOf(Type type)
    {
        string id = "T:" + (type.FullName ?? type.Name).Replace('+', '.');
        return _members.TryGetValue(id, out XElement? member) && member.Element("remarks") is { } remarks
            ? string.Join(" ", remarks.DescendantNodes().OfType<XText>().Select(t => t.Value.Trim()))
            : string.Empty;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace B2B2C.Sdk.Tests.Conventions;

/// <summary>
/// Writes the exported surface of an assembly as C#-like text: every type and member a user can reach (public, or
/// protected in an unsealed type), with full signatures, nullability, modifiers and the attributes that change
/// the contract. Types are ordered by full name and members by kind and text, so the output is deterministic.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags DeclaredMembers =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly HashSet<string> s_contractAttributes = new(StringComparer.Ordinal)
    {
        "System.CLSCompliantAttribute",
        "System.Diagnostics.CodeAnalysis.AllowNullAttribute",
        "System.Diagnostics.CodeAnalysis.DisallowNullAttribute",
        "System.Diagnostics.CodeAnalysis.DoesNotReturnAttribute",
        "System.Diagnostics.CodeAnalysis.ExperimentalAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullAttribute",
        "System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullIfNotNullAttribute",
        "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute",
        "System.ComponentModel.EditorBrowsableAttribute",
        "System.FlagsAttribute",
        "System.ObsoleteAttribute",
        "System.Text.Json.Serialization.JsonConverterAttribute",
    };

    private static readonly Dictionary<string, string> s_operators = new(StringComparer.Ordinal)
    {
        ["op_Addition"] = "operator +",
        ["op_BitwiseAnd"] = "operator &",
        ["op_BitwiseOr"] = "operator |",
        ["op_Decrement"] = "operator --",
        ["op_Division"] = "operator /",
        ["op_Equality"] = "operator ==",
        ["op_ExclusiveOr"] = "operator ^",
        ["op_False"] = "operator false",
        ["op_GreaterThan"] = "operator >",
        ["op_GreaterThanOrEqual"] = "operator >=",
        ["op_Increment"] = "operator ++",
        ["op_Inequality"] = "operator !=",
        ["op_LeftShift"] = "operator <<",
        ["op_LessThan"] = "operator <",
        ["op_LessThanOrEqual"] = "operator <=",
        ["op_LogicalNot"] = "operator !",
        ["op_Modulus"] = "operator %",
        ["op_Multiply"] = "operator *",
        ["op_OnesComplement"] = "operator ~",
        ["op_RightShift"] = "operator >>",
        ["op_Subtraction"] = "operator -",
        ["op_True"] = "operator true",
        ["op_UnaryNegation"] = "operator -",
        ["op_UnaryPlus"] = "operator +",
        ["op_UnsignedRightShift"] = "operator >>>",
    };

    private static readonly Dictionary<Type, string> s_keywords = new()
    {
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(char)] = "char",
        [typeof(decimal)] = "decimal",
        [typeof(double)] = "double",
        [typeof(float)] = "float",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(nint)] = "nint",
        [typeof(nuint)] = "nuint",
        [typeof(object)] = "object",
        [typeof(sbyte)] = "sbyte",
        [typeof(short)] = "short",
        [typeof(string)] = "string",
        [typeof(uint)] = "uint",
        [typeof(ulong)] = "ulong",
        [typeof(ushort)] = "ushort",
        [typeof(void)] = "void",
    };

    /// <summary>Writes the exported surface of <paramref name="assembly"/>.</summary>
    internal static string Write(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        IEnumerable<Type> types = assembly.GetTypes().Where(IsVisible);
        return Write(types);
    }

    /// <summary>Writes the exported surface of the given types (those not visible outside their assembly are left out).</summary>
    internal static string Write(IEnumerable<Type> types)
    {
        var context = new NullabilityInfoContext();
        var builder = new StringBuilder();
        foreach (Type type in types.Where(IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            WriteType(builder, context, type);
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Tells whether a type can be named from outside its assembly.</summary>
    internal static bool IsVisible(Type type)
    {
        if (type.IsNested)
        {
            return type.DeclaringType is { } parent
                && IsVisible(parent)
                && (type.IsNestedPublic || ((type.IsNestedFamily || type.IsNestedFamORAssem) && !parent.IsSealed));
        }

        return type.IsPublic;
    }

    private static void WriteType(StringBuilder builder, NullabilityInfoContext context, Type type)
    {
        foreach (string attribute in ContractAttributes(type.CustomAttributes))
        {
            builder.Append(attribute).Append('\n');
        }

        builder.Append(TypeDeclaration(type)).Append('\n');
        builder.Append("{\n");
        foreach (string member in Members(context, type))
        {
            builder.Append("    ").Append(member).Append('\n');
        }

        builder.Append("}\n");
    }

    private static string TypeDeclaration(Type type)
    {
        var text = new StringBuilder(type.IsNestedFamily ? "protected " : "public ");
        string name = TypeName(type, null, declaration: true);
        if (type.IsEnum)
        {
            text.Append("enum ").Append(name).Append(" : ").Append(TypeName(Enum.GetUnderlyingType(type), null));
            return text.ToString();
        }

        if (typeof(MulticastDelegate).IsAssignableFrom(type.BaseType))
        {
            MethodInfo invoke = type.GetMethod("Invoke")!;
            text.Append("delegate ")
                .Append(TypeName(invoke.ReturnType, null))
                .Append(' ')
                .Append(name)
                .Append('(')
                .Append(Parameters(new NullabilityInfoContext(), invoke.GetParameters()))
                .Append(')')
                .Append(Constraints(type.GetGenericArguments()));
            return text.ToString();
        }

        if (type.IsInterface)
        {
            text.Append("interface ");
        }
        else if (type.IsValueType)
        {
            if (HasAttribute(type.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            {
                text.Append("readonly ");
            }

            if (type.IsByRefLike)
            {
                text.Append("ref ");
            }

            text.Append(IsRecord(type) ? "record struct " : "struct ");
        }
        else
        {
            if (type.IsAbstract && type.IsSealed)
            {
                text.Append("static ");
            }
            else if (type.IsAbstract)
            {
                text.Append("abstract ");
            }
            else if (type.IsSealed)
            {
                text.Append("sealed ");
            }

            text.Append(IsRecord(type) ? "record " : "class ");
        }

        text.Append(name);
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType, null));
        }

        bases.AddRange(type.GetInterfaces().Select(i => TypeName(i, null)).Order(StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            text.Append(" : ").AppendJoin(", ", bases);
        }

        text.Append(Constraints(type.GetGenericArguments()));
        return text.ToString();
    }

    private static IEnumerable<string> Members(NullabilityInfoContext context, Type type)
    {
        var members = new List<(int Order, string Text)>();
        if (type.IsEnum)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                object value = Convert.ChangeType(field.GetRawConstantValue()!, Enum.GetUnderlyingType(type), CultureInfo.InvariantCulture);
                members.Add((0, string.Create(CultureInfo.InvariantCulture, $"{field.Name} = {value},")));
            }

            return members.OrderBy(m => m.Text, StringComparer.Ordinal).Select(m => m.Text);
        }

        if (typeof(MulticastDelegate).IsAssignableFrom(type.BaseType))
        {
            return [];
        }

        foreach (FieldInfo field in type.GetFields(DeclaredMembers).Where(f => IsVisible(f.IsPublic, f.IsFamily || f.IsFamilyOrAssembly, type)))
        {
            if (IsCompilerGenerated(field.Name))
            {
                continue;
            }

            members.Add((0, Field(context, field)));
        }

        foreach (ConstructorInfo constructor in type.GetConstructors(DeclaredMembers).Where(c => IsVisible(c.IsPublic, c.IsFamily || c.IsFamilyOrAssembly, type)))
        {
            if (constructor.IsStatic)
            {
                continue;
            }

            members.Add((1, Prefix(constructor.CustomAttributes, constructor.IsFamily) + TypeName(type, null, declaration: true, bare: true)
                + "(" + Parameters(context, constructor.GetParameters()) + ")"));
        }

        foreach (PropertyInfo property in type.GetProperties(DeclaredMembers))
        {
            string? text = Property(context, type, property);
            if (text is not null)
            {
                members.Add((2, text));
            }
        }

        foreach (EventInfo @event in type.GetEvents(DeclaredMembers))
        {
            MethodInfo? add = @event.AddMethod;
            if (add is null || !IsVisible(add.IsPublic, add.IsFamily || add.IsFamilyOrAssembly, type))
            {
                continue;
            }

            members.Add((3, Prefix(@event.CustomAttributes, add.IsFamily) + Modifiers(type, add) + "event "
                + TypeName(@event.EventHandlerType!, context.Create(@event)) + " " + @event.Name + ";"));
        }

        foreach (MethodInfo method in type.GetMethods(DeclaredMembers).Where(m => IsVisible(m.IsPublic, m.IsFamily || m.IsFamilyOrAssembly, type)))
        {
            bool isOperator = method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal);
            if ((method.IsSpecialName && !isOperator) || IsCompilerGenerated(method.Name))
            {
                continue;
            }

            members.Add((isOperator ? 5 : 4, Method(context, type, method, isOperator)));
        }

        return members
            .OrderBy(m => m.Order)
            .ThenBy(m => m.Text, StringComparer.Ordinal)
            .Select(m => m.Text);
    }

    private static string Field(NullabilityInfoContext context, FieldInfo field)
    {
        var text = new StringBuilder(Prefix(field.CustomAttributes, field.IsFamily));
        if (field.IsLiteral)
        {
            text.Append("const ");
        }
        else
        {
            if (field.IsStatic)
            {
                text.Append("static ");
            }

            if (field.IsInitOnly)
            {
                text.Append("readonly ");
            }
        }

        text.Append(TypeName(field.FieldType, context.Create(field))).Append(' ').Append(field.Name);
        if (field.IsLiteral)
        {
            text.Append(" = ").Append(Literal(field.GetRawConstantValue(), field.FieldType));
        }

        return text.Append(';').ToString();
    }

    private static string? Property(NullabilityInfoContext context, Type type, PropertyInfo property)
    {
        MethodInfo? getter = property.GetMethod is { } g && IsVisible(g.IsPublic, g.IsFamily || g.IsFamilyOrAssembly, type) ? g : null;
        MethodInfo? setter = property.SetMethod is { } s && IsVisible(s.IsPublic, s.IsFamily || s.IsFamilyOrAssembly, type) ? s : null;
        MethodInfo? main = getter ?? setter;
        if (main is null || IsCompilerGenerated(property.Name))
        {
            return null;
        }

        bool isProtected = (getter is null || getter.IsFamily) && (setter is null || setter.IsFamily);
        var text = new StringBuilder(Prefix(property.CustomAttributes, isProtected));
        text.Append(Modifiers(type, main));
        if (HasAttribute(property.CustomAttributes, "System.Runtime.CompilerServices.RequiredMemberAttribute"))
        {
            text.Append("required ");
        }

        text.Append(TypeName(property.PropertyType, context.Create(property))).Append(' ');
        ParameterInfo[] index = property.GetIndexParameters();
        text.Append(index.Length == 0 ? property.Name : "this[" + Parameters(context, index) + "]");
        text.Append(" {");
        if (getter is not null)
        {
            text.Append(AccessorVisibility(getter, isProtected)).Append(IsReadOnlyMember(type, getter) ? " readonly get;" : " get;");
        }

        if (setter is not null)
        {
            bool isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            text.Append(AccessorVisibility(setter, isProtected)).Append(isInit ? " init;" : " set;");
        }

        return text.Append(" }").ToString();
    }

    private static string AccessorVisibility(MethodInfo accessor, bool propertyIsProtected)
        => accessor.IsFamily && !propertyIsProtected ? " protected" : string.Empty;

    private static string Method(NullabilityInfoContext context, Type type, MethodInfo method, bool isOperator)
    {
        var text = new StringBuilder(Prefix(method.CustomAttributes, method.IsFamily));
        text.Append(Modifiers(type, method));
        if (IsReadOnlyMember(type, method))
        {
            text.Append("readonly ");
        }

        string returnType = TypeName(method.ReturnType, context.Create(method.ReturnParameter));
        if (method.Name is "op_Implicit" or "op_Explicit")
        {
            text.Append(method.Name == "op_Implicit" ? "implicit operator " : "explicit operator ").Append(returnType);
        }
        else
        {
            text.Append(returnType).Append(' ');
            text.Append(isOperator && s_operators.TryGetValue(method.Name, out string? symbol) ? symbol : method.Name);
            if (method.IsGenericMethodDefinition)
            {
                text.Append('<').AppendJoin(", ", method.GetGenericArguments().Select(a => a.Name)).Append('>');
            }
        }

        text.Append('(');
        if (method.IsDefined(typeof(ExtensionAttribute), inherit: false))
        {
            text.Append("this ");
        }

        text.Append(Parameters(context, method.GetParameters())).Append(')');
        text.Append(Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []));
        return text.Append(';').ToString();
    }

    private static string Modifiers(Type type, MethodInfo method)
    {
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract " : method.IsVirtual ? "static virtual " : "static ";
        }

        if (type.IsInterface)
        {
            return method.IsAbstract ? string.Empty : "virtual ";
        }

        bool isOverride = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (isOverride)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
    }

    private static bool IsReadOnlyMember(Type type, MethodInfo method)
        => type.IsValueType
            && !HasAttribute(type.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute")
            && HasAttribute(method.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute");

    private static string Prefix(IEnumerable<CustomAttributeData> attributes, bool isProtected)
    {
        var text = new StringBuilder();
        foreach (string attribute in ContractAttributes(attributes))
        {
            text.Append(attribute).Append(' ');
        }

        return text.Append(isProtected ? "protected " : "public ").ToString();
    }

    private static string Parameters(NullabilityInfoContext context, ParameterInfo[] parameters)
        => string.Join(", ", parameters.Select(p => Parameter(context, p)));

    private static string Parameter(NullabilityInfoContext context, ParameterInfo parameter)
    {
        var text = new StringBuilder();
        foreach (string attribute in ContractAttributes(parameter.CustomAttributes))
        {
            text.Append(attribute).Append(' ');
        }

        Type type = parameter.ParameterType;
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
            text.Append(parameter.IsOut ? "out " : parameter.IsIn || HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "in " : "ref ");
        }
        else if (parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false))
        {
            text.Append("params ");
        }
        else if (HasAttribute(parameter.CustomAttributes, "System.Runtime.CompilerServices.ParamCollectionAttribute"))
        {
            text.Append("params ");
        }

        NullabilityInfo nullability = context.Create(parameter);
        if (parameter.ParameterType.IsByRef && nullability.ElementType is { } element)
        {
            nullability = element;
        }

        text.Append(TypeName(type, parameter.ParameterType.IsByRef ? null : nullability)).Append(' ').Append(parameter.Name);
        if (parameter.HasDefaultValue)
        {
            text.Append(" = ").Append(Literal(parameter.RawDefaultValue, type));
        }

        return text.ToString();
    }

    private static string Constraints(Type[] genericArguments)
    {
        var text = new StringBuilder();
        foreach (Type argument in genericArguments.Where(a => a.IsGenericParameter))
        {
            var constraints = new List<string>();
            GenericParameterAttributes flags = argument.GenericParameterAttributes;
            bool isStruct = (flags & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
            if (isStruct)
            {
                constraints.Add(HasAttribute(argument.CustomAttributes, "System.Runtime.CompilerServices.IsUnmanagedAttribute") ? "unmanaged" : "struct");
            }
            else if ((flags & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                constraints.Add("class");
            }

            constraints.AddRange(argument.GetGenericParameterConstraints()
                .Where(c => c != typeof(ValueType))
                .Select(c => TypeName(c, null))
                .Order(StringComparer.Ordinal));
            if ((flags & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && !isStruct)
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                text.Append(" where ").Append(argument.Name).Append(" : ").AppendJoin(", ", constraints);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> ContractAttributes(IEnumerable<CustomAttributeData> attributes)
        => attributes
            .Where(a => s_contractAttributes.Contains(a.AttributeType.FullName!)
                || (a.AttributeType.Namespace ?? string.Empty).StartsWith("B2B2C.", StringComparison.Ordinal))
            .Select(Attribute)
            .Order(StringComparer.Ordinal);

    private static string Attribute(CustomAttributeData attribute)
    {
        string name = TypeName(attribute.AttributeType, null);
        name = name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
        var arguments = attribute.ConstructorArguments.Select(a => Literal(a.Value, a.ArgumentType))
            .Concat(attribute.NamedArguments.Select(a => a.MemberName + " = " + Literal(a.TypedValue.Value, a.TypedValue.ArgumentType)))
            .ToList();
        return arguments.Count == 0 ? "[" + name + "]" : "[" + name + "(" + string.Join(", ", arguments) + ")]";
    }

    private static string Literal(object? value, Type type)
    {
        Type underlying = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null when type.IsValueType && Nullable.GetUnderlyingType(type) is null => "default",
            null => "null",
            DBNull or Missing => "default",
            Type t => "typeof(" + TypeName(t, null) + ")",
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            char c => "'" + new string(c, 1) + "'",
            bool b => b ? "true" : "false",
            _ when underlying.IsEnum => EnumLiteral(value, underlying),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "null",
        };
    }

    private static string EnumLiteral(object value, Type enumType)
    {
        object boxed = Enum.ToObject(enumType, value);
        string name = TypeName(enumType, null);
        return Enum.IsDefined(enumType, boxed)
            ? name + "." + Enum.GetName(enumType, boxed)
            : "(" + name + ")" + Convert.ToString(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a type name the way C# source names it, with the nullability the metadata records.</summary>
    internal static string TypeName(Type type, NullabilityInfo? nullability, bool declaration = false, bool bare = false)
    {
        if (type.IsGenericParameter)
        {
            return type.Name + NullableSuffix(nullability);
        }

        if (type.IsByRef)
        {
            return "ref " + TypeName(type.GetElementType()!, nullability?.ElementType);
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!, null) + "*";
        }

        if (type.IsArray)
        {
            string rank = type.GetArrayRank() == 1 ? "[]" : "[" + new string(',', type.GetArrayRank() - 1) + "]";
            return TypeName(type.GetElementType()!, nullability?.ElementType) + rank + NullableSuffix(nullability);
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return TypeName(inner, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        if (s_keywords.TryGetValue(type, out string? keyword))
        {
            return keyword + NullableSuffix(nullability);
        }

        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (!bare)
        {
            string prefix = type.IsNested && type.DeclaringType is { } parent
                ? TypeName(parent, null, declaration) + "."
                : string.IsNullOrEmpty(type.Namespace) ? string.Empty : type.Namespace + ".";
            name = prefix + name;
        }

        Type[] arguments = type.GetGenericArguments();
        int inherited = type.IsNested && type.DeclaringType is { } declaring ? declaring.GetGenericArguments().Length : 0;
        if (arguments.Length > inherited)
        {
            NullabilityInfo[] argumentNullability = nullability?.GenericTypeArguments ?? [];
            IEnumerable<string> names = arguments.Skip(inherited).Select((a, i) =>
            {
                string variance = declaration && a.IsGenericParameter ? Variance(a) : string.Empty;
                NullabilityInfo? info = i + inherited < argumentNullability.Length ? argumentNullability[i + inherited] : null;
                return variance + TypeName(a, info);
            });
            name += "<" + string.Join(", ", names) + ">";
        }

        return name + (type.IsValueType ? string.Empty : NullableSuffix(nullability));
    }

    private static string Variance(Type genericParameter)
    {
        GenericParameterAttributes variance = genericParameter.GenericParameterAttributes & GenericParameterAttributes.VarianceMask;
        return variance switch
        {
            GenericParameterAttributes.Covariant => "out ",
            GenericParameterAttributes.Contravariant => "in ",
            _ => string.Empty,
        };
    }

    private static string NullableSuffix(NullabilityInfo? nullability)
        => nullability is { ReadState: NullabilityState.Nullable } && !nullability.Type.IsValueType ? "?" : string.Empty;

    private static bool IsVisible(bool isPublic, bool isProtected, Type declaringType)
        => isPublic || (isProtected && !declaringType.IsSealed);

    private static bool IsCompilerGenerated(string name) => name.Contains('<', StringComparison.Ordinal);

    private static bool IsRecord(Type type)
        => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
            || (type.IsValueType
                && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } print
                && print.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false));

    private static bool HasAttribute(IEnumerable<CustomAttributeData> attributes, string attributeFullName)
        => attributes.Any(a => string.Equals(a.AttributeType.FullName, attributeFullName, StringComparison.Ordinal));
}

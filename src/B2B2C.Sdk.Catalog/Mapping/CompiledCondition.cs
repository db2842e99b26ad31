using System;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>A rule's <c>when</c> condition, ready to test.</summary>
internal sealed class CompiledCondition(FieldCondition condition, FrozenSet<string>? values, Regex? regex)
{
    internal string Field => condition.Field;

    internal bool Holds(SourceProduct product)
    {
        bool exists = product.TryGetField(condition.Field, out SourceField field);
        if (condition.Equal is { } equal)
        {
            return exists && string.Equals(field.Value, equal, StringComparison.Ordinal);
        }

        if (values is not null)
        {
            return exists && values.Contains(field.Value);
        }

        if (regex is not null)
        {
            try
            {
                return exists && regex.IsMatch(field.Value);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        return condition.Exists is { } mustExist ? exists == mustExist : exists;
    }
}

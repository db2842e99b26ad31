using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace B2B2C.Sdk.Catalog;

/// <summary>Hashes a product type's canonical definition, so that any change to it changes the fingerprint.</summary>
internal static class ProductTypeFingerprint
{
    internal static string Compute(ProductType type)
    {
        var text = new StringBuilder();
        Append(text, type.Id);
        foreach (TargetAttribute a in type.Attributes)
        {
            text.Append('\u001e');
            Append(text, a.Name);
            Append(text, ((int)a.Type).ToString(CultureInfo.InvariantCulture));
            Append(text, a.Required ? "1" : "0");
            Append(text, a.MaxLength?.ToString(CultureInfo.InvariantCulture));
            Append(text, a.Pattern);
            Append(text, a.Minimum?.ToString(CultureInfo.InvariantCulture));
            Append(text, a.Maximum?.ToString(CultureInfo.InvariantCulture));
            Append(text, a.Decimals?.ToString(CultureInfo.InvariantCulture));
            Append(text, a.Unit);
            Append(text, a.MaxValues?.ToString(CultureInfo.InvariantCulture));
            Append(text, string.Join('\u001d', a.AllowedValues));
            Append(text, string.Join('\u001d', a.AllowedUnits));
            Append(text, string.Join('\u001d', a.Languages));
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static void Append(StringBuilder text, string? value) => text.Append(value ?? "\u0000").Append('\u001f');
}

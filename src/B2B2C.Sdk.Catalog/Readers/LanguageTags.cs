using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>Turns the ISO 639-2 language codes of BMEcat into the shortest BCP 47 tag (<c>eng</c> becomes <c>en</c>).</summary>
internal static class LanguageTags
{
    private static readonly FrozenDictionary<string, string> s_twoLetter = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["bul"] = "bg", ["ces"] = "cs", ["cze"] = "cs", ["dan"] = "da", ["deu"] = "de", ["ger"] = "de",
        ["ell"] = "el", ["gre"] = "el", ["eng"] = "en", ["spa"] = "es", ["est"] = "et", ["fin"] = "fi",
        ["fra"] = "fr", ["fre"] = "fr", ["hrv"] = "hr", ["hun"] = "hu", ["ita"] = "it", ["jpn"] = "ja",
        ["kor"] = "ko", ["lit"] = "lt", ["lav"] = "lv", ["nld"] = "nl", ["dut"] = "nl", ["nor"] = "no",
        ["pol"] = "pl", ["por"] = "pt", ["ron"] = "ro", ["rum"] = "ro", ["rus"] = "ru", ["slk"] = "sk",
        ["slo"] = "sk", ["slv"] = "sl", ["swe"] = "sv", ["tur"] = "tr", ["ukr"] = "uk", ["zho"] = "zh",
        ["chi"] = "zh",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the BCP 47 tag for a BMEcat language code, or the trimmed code when it has no two-letter form; <see langword="null"/> for an empty code.</summary>
    internal static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        string trimmed = code.Trim();
        return s_twoLetter.TryGetValue(trimmed, out string? tag) ? tag : trimmed;
    }
}

using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace B2B2C.Sdk;

/// <summary>Validates <see cref="B2B2COptions"/>, reporting every problem at once.</summary>
internal sealed class B2B2COptionsValidator : IValidateOptions<B2B2COptions>
{
    public ValidateOptionsResult Validate(string? name, B2B2COptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Rounding))
        {
            failures.Add($"B2B2COptions.Rounding is {(int)options.Rounding}, which is not a MidpointRounding value.");
        }

        if (options.DefaultCurrency is not null && !Currency.TryFromCode(options.DefaultCurrency, out _))
        {
            failures.Add($"B2B2COptions.DefaultCurrency: {Currency.UnknownCodeMessage(options.DefaultCurrency)}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

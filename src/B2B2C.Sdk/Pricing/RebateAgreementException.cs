using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>Thrown when the <see cref="RebateEngine"/> is given an invalid <see cref="RebateAgreement"/>; lists every problem with its field.</summary>
/// <remarks>Not transient: the agreement must be fixed. <see cref="RebateAgreement.Validate"/> reports the same problems without throwing.</remarks>
public sealed class RebateAgreementException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RebateAgreementException"/> class.</summary>
    public RebateAgreementException()
        : this("The rebate agreement is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RebateAgreementException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RebateAgreementException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="RebateAgreementException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public RebateAgreementException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="RebateAgreementException"/> class listing the errors.</summary>
    /// <param name="agreement">The identifier of the invalid agreement.</param>
    /// <param name="errors">The errors found.</param>
    public RebateAgreementException(RebateAgreementId agreement, ImmutableArray<RebateDiagnostic> errors)
        : base($"The rebate agreement '{agreement}' has {errors.Length} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
    {
        Errors = errors;
    }

    /// <summary>Gets the errors, each naming its field.</summary>
    public ImmutableArray<RebateDiagnostic> Errors { get; }
}

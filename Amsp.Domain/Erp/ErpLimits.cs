namespace Amsp.Domain.Erp;

/// <summary>Sizes of what ERP systems send, checked by the API before anything is stored.</summary>
public static class ErpLimits
{
    /// <summary>The longest <c>Idempotency-Key</c> header accepted.</summary>
    public const int IdempotencyKeyLength = 255;

    /// <summary>The longest message id of a confirmation (a transport's id with its prefix).</summary>
    public const int MessageIdLength = 400;

    /// <summary>The longest step name.</summary>
    public const int StepLength = 64;

    /// <summary>The longest reason of a confirmation.</summary>
    public const int ReasonLength = 4000;

    /// <summary>The longest ERP reference.</summary>
    public const int ReferenceLength = 200;
}

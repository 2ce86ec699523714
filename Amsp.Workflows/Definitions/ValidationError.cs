namespace Amsp.Workflows.Definitions;

/// <summary>A problem that prevents publishing a definition.</summary>
/// <param name="Code">Stable code, e.g. <c>UnknownActivityType</c>.</param>
/// <param name="Message">Human-readable message.</param>
/// <param name="ActivityId">The activity concerned, if any.</param>
/// <param name="InputName">The input concerned, if any.</param>
public sealed record ValidationError(string Code, string Message, string? ActivityId = null, string? InputName = null);

/// <summary>Publishing failed validation.</summary>
public sealed class WorkflowValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowValidationException() : this([]) { }

    /// <summary>Creates the exception.</summary>
    public WorkflowValidationException(string message) : base(message) => Errors = [];

    /// <summary>Creates the exception.</summary>
    public WorkflowValidationException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    /// <summary>Creates the exception with the errors.</summary>
    public WorkflowValidationException(IReadOnlyList<ValidationError> errors)
        : base("The workflow definition is not valid: " + string.Join("; ", errors.Select(e => e.Message))) => Errors = errors;

    /// <summary>The errors.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}

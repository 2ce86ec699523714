using Amsp.Domain.Storage;
using Amsp.Host.Platform.Pipeline;
using Amsp.Workflows.Definitions;
using Amsp.Workflows.Persistence;
using Amsp.Workflows.Runtime;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Amsp.Host.Hosting;

/// <summary>
/// Exceptions that mean something to the caller, as problem details, once for every endpoint: the API's own
/// <see cref="ApiProblemException"/>, and the workflow engine's (an unknown definition or instance is 404, an
/// invalid definition 400 with its structured errors, a state that forbids the action 409). Anything else is a 500.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private static readonly string? Engine = typeof(WorkflowRuntime).Assembly.GetName().Name;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            ApiProblemException api => (api.Status, api.Title),
            RequestValidationException => (StatusCodes.Status400BadRequest, "One or more fields are invalid"),
            BlobTooLargeException => (StatusCodes.Status413PayloadTooLarge, "Too large"),
            _ when exception.Source != Engine => (0, ""),
            WorkflowValidationException => (StatusCodes.Status400BadRequest, "The workflow definition is not valid"),
            ArgumentException => (StatusCodes.Status400BadRequest, "Bad request"),
            KeyNotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            WorkflowDefinitionException => (StatusCodes.Status409Conflict, "The workflow cannot run"),
            ConcurrencyConflictException => (StatusCodes.Status409Conflict, "Changed concurrently"),
            InvalidOperationException => (StatusCodes.Status409Conflict, "Not allowed in the current state"),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return false;
        }
        var problem = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        if (exception is WorkflowValidationException { Errors: var errors })
        {
            problem.Extensions["errors"] = errors;
        }
        else if (exception is RequestValidationException { Errors: var fields })
        {
            problem.Extensions["errors"] = fields;
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

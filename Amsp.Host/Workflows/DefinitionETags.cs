using System.Security.Cryptography;
using System.Text;
using Amsp.Host.Hosting;
using Amsp.Workflows.Model;
using Microsoft.Net.Http.Headers;

namespace Amsp.Host.Workflows;

/// <summary>
/// Optimistic concurrency for editing definitions: every definition answer carries an ETag of that version's
/// content, and a save or publish that sends <c>If-Match</c> is refused with 409 when the version changed since,
/// so two people editing one definition get a conflict instead of a silent overwrite. A request without
/// <c>If-Match</c> (the CLI, file loading) saves as before.
/// </summary>
internal static class DefinitionETags
{
    // Check-then-save must not interleave with another save of the same definition in this process. Striped, so
    // the number of locks stays fixed whatever the number of definitions.
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>A strong entity tag of the version as the API writes it (id, version, flags and content).</summary>
    public static string Of(WorkflowDefinition definition) => OfJson(WorkflowJson.Serialize(definition));

    /// <summary>The entity tag of a version's canonical JSON.</summary>
    public static string OfJson(string canonicalJson)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson));
        return $"\"{Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_')}\"";
    }

    /// <summary>
    /// Holds the definition's lock, then checks the request's <c>If-Match</c> (if any) against <paramref name="current"/>,
    /// read under the lock. Dispose the answer to release the lock.
    /// </summary>
    public static async Task<IDisposable> GuardAsync(HttpRequest request, string definitionId,
        Func<Task<WorkflowDefinition?>> current, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(definitionId) % Stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        var release = new Release(stripe);
        try
        {
            var expected = request.Headers.IfMatch;
            if (expected.Count > 0)
            {
                Check(EntityTagHeaderValue.ParseList(expected), definitionId, await current());
            }
            return release;
        }
        catch
        {
            release.Dispose();
            throw;
        }
    }

    private static void Check(IList<EntityTagHeaderValue> expected, string definitionId, WorkflowDefinition? current)
    {
        if (current is null)
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "The definition changed since you opened it",
                $"Workflow definition '{definitionId}' (or the version you edited) no longer exists: someone deleted it after you opened it.");
        }
        if (expected.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(Of(current), StringComparison.Ordinal)))
        {
            return;
        }
        throw new ApiProblemException(StatusCodes.Status409Conflict, "The definition changed since you opened it",
            $"Someone else saved version {current.Version} of '{definitionId}' after you opened it, so your save would overwrite "
            + "their work. Reload the definition to see their changes, then make yours again (or export yours as JSON first).");
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) stripe.Release();
        }
    }
}

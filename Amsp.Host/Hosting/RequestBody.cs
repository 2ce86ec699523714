using System.Buffers;

namespace Amsp.Host.Hosting;

/// <summary>Reads a request body whole, refusing one over a limit before it is buffered past the limit.</summary>
public static class RequestBody
{
    /// <summary>The body; <paramref name="tooLarge"/> makes the problem answered when it exceeds <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// A declared length is read into one array of exactly that size (a body longer than declared is refused by the
    /// server); a chunked body is read through a pooled buffer. Nothing per request is larger than the body itself:
    /// an 80 KB scratch array per request once made up most of the server's allocations under load.
    /// </remarks>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, Func<ApiProblemException> tooLarge, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            if (declared > maxBytes)
            {
                throw tooLarge();
            }
            var body = new byte[declared];
            var filled = 0;
            while (filled < body.Length)
            {
                var read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    break;
                }
                filled += read;
            }
            return body.AsMemory(0, filled);
        }
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw tooLarge();
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}

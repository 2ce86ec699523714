namespace Amsp.Host.Hosting;

/// <summary>Reads a request body whole, refusing one over a limit before it is buffered past the limit.</summary>
public static class RequestBody
{
    /// <summary>The body; <paramref name="tooLarge"/> makes the problem answered when it exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, Func<ApiProblemException> tooLarge, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw tooLarge();
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw tooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

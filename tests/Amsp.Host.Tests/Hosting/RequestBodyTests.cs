using Amsp.Host.Hosting;
using Microsoft.AspNetCore.Http;

namespace Amsp.Host.Tests.Hosting;

public sealed class RequestBodyTests
{
    private static HttpRequest Request(byte[] body, long? declared)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = declared;
        return context.Request;
    }

    private static ApiProblemException TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "Body too large", "limit");

    private static byte[] Bytes(int count) => [.. Enumerable.Range(0, count).Select(i => (byte)(i % 251))];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public async Task A_body_within_the_limit_is_read_whole_declared_or_chunked(int size)
    {
        var body = Bytes(size);
        Assert.Equal(body, (await RequestBody.ReadAsync(Request(body, body.Length), 100_000, TooLarge, default)).ToArray());
        Assert.Equal(body, (await RequestBody.ReadAsync(Request(body, null), 100_000, TooLarge, default)).ToArray());
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var stream = new MemoryStream(Bytes(10));
        var context = new DefaultHttpContext();
        context.Request.Body = stream;
        context.Request.ContentLength = 2_000_000;

        var refused = await Assert.ThrowsAsync<ApiProblemException>(() => RequestBody.ReadAsync(context.Request, 1000, TooLarge, default));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refused.Status);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ApiProblemException>(() => RequestBody.ReadAsync(Request(Bytes(50_001), null), 50_000, TooLarge, default));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refused.Status);
    }

    [Fact]
    public async Task A_body_shorter_than_declared_is_what_arrived()
    {
        Assert.Equal(Bytes(10), (await RequestBody.ReadAsync(Request(Bytes(10), 20), 1000, TooLarge, default)).ToArray());
    }
}

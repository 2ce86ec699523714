using System.Net;
using System.Text;
using Amsp.Integration.Printers;
using Amsp.Integration.Printers.OctoPrint;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Integration.Tests.Printers;

/// <summary>
/// Answers as a real OctoPrint would, from bodies in the shapes of its documented REST API; records every request
/// (with its body read, since the caller disposes it).
/// </summary>
public sealed class CannedOctoPrint : HttpMessageHandler
{
    private readonly Dictionary<string, Queue<Func<HttpResponseMessage>>> answers = [];

    public List<(string Route, string? ApiKey, string Body)> Requests { get; } = [];

    public static readonly PrinterEndpoint Printer = new(new Uri("http://octopi.local/"), "ABCDEF0123456789");

    /// <summary>Queues answers for "GET /api/job" and the like; the last one repeats.</summary>
    public CannedOctoPrint On(string route, params Func<HttpResponseMessage>[] responses)
    {
        answers[route] = new Queue<Func<HttpResponseMessage>>(responses);
        return this;
    }

    public static Func<HttpResponseMessage> Json(HttpStatusCode status, string json) =>
        () => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static Func<HttpResponseMessage> Text(HttpStatusCode status, string text) =>
        () => new HttpResponseMessage(status) { Content = new StringContent(text) };

    public static Func<HttpResponseMessage> Throw(HttpRequestError error) =>
        () => throw new HttpRequestException(error, "Connection refused (octopi.local:80)");

    /// <summary>The connector with its real resilience pipeline, over this handler instead of the network.</summary>
    public IPrinterConnector Connector()
    {
        var services = new ServiceCollection().AddPrinterConnectors(o => (o.Retries, o.RetryDelay) = (2, TimeSpan.FromMilliseconds(1)));
        services.AddHttpClient(OctoPrintConnector.QueryClient).ConfigurePrimaryHttpMessageHandler(() => this);
        services.AddHttpClient(OctoPrintConnector.UploadClient).ConfigurePrimaryHttpMessageHandler(() => this);
        return services.BuildServiceProvider().GetRequiredService<IPrinterConnectorFactory>().GetConnector("OctoPrint");
    }

    public int Count(string route) => Requests.Count(r => r.Route == route);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = $"{request.Method} {request.RequestUri!.AbsolutePath}";
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((route, request.Headers.TryGetValues("X-Api-Key", out var k) ? k.Single() : null, body));
        if (!answers.TryGetValue(route, out var queue))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("Not found") };
        }
        var answer = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        var response = answer();
        response.RequestMessage = request;
        return response;
    }
}

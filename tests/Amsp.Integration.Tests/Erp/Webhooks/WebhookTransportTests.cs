using System.Net;
using Amsp.Integration.Erp;
using Amsp.Integration.Erp.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Integration.Tests.Erp.Webhooks;

/// <summary>The webhook transport against a real receiver on a loopback port, on a fake clock shared by both.</summary>
public sealed class WebhookTransportTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private readonly string secret = WebhookSecret.Generate();
    private WebhookReceiver receiver = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        receiver = await WebhookReceiver.StartAsync([secret], clock);
        services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddLogging().AddWebhookTransport().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await receiver.DisposeAsync();
    }

    private IEventTransport Transport => services.GetRequiredService<IEventTransport>();

    private ConnectorEndpoint Connector(params string[] secrets) => new(Guid.NewGuid(), Guid.NewGuid(), ConnectorKinds.Webhook, "erp",
        new WebhookSettings(receiver.Url.ToString(), 5).ToJson(), secrets.Length == 0 ? [secret] : secrets);

    private static OutboundEvent Event(string body = """{"id":"x","data":{"n":1}}""") =>
        new(Guid.CreateVersion7(), "order.status-changed", "v1", Guid.NewGuid(), null, "AMSP-2026-000001", 1, DateTimeOffset.UnixEpoch, body);

    [Fact]
    public async Task A_delivered_event_arrives_signed_with_its_id_as_webhook_id_and_its_body_unchanged()
    {
        var e = Event();
        var result = await Transport.DeliverAsync(Connector(), e, CancellationToken.None);
        Assert.True(result.Delivered, result.Error);
        var (id, body) = Assert.Single(receiver.Received);
        Assert.Equal(e.Id.ToString(), id);
        Assert.Equal(1, body.GetProperty("data").GetProperty("n").GetInt32());
        Assert.Empty(receiver.Rejected);
    }

    [Fact]
    public async Task A_receiver_with_another_secret_refuses_and_the_401_is_not_retried()
    {
        var result = await Transport.DeliverAsync(Connector(WebhookSecret.Generate()), Event(), CancellationToken.None);
        Assert.False(result.Delivered);
        Assert.False(result.Retryable);
        Assert.Contains("401", result.Error, StringComparison.Ordinal);
        Assert.Equal("no signature matches", Assert.Single(receiver.Rejected));
    }

    [Fact]
    public async Task During_a_rotation_a_receiver_knowing_only_the_old_secret_still_accepts()
    {
        var result = await Transport.DeliverAsync(Connector(WebhookSecret.Generate(), secret), Event(), CancellationToken.None);
        Assert.True(result.Delivered, result.Error);
    }

    [Fact]
    public async Task A_request_replayed_six_minutes_later_is_refused_by_the_receiver()
    {
        var e = Event();
        var ts = clock.GetUtcNow().ToUnixTimeSeconds();
        var header = WebhookSignature.Header([secret], e.Id.ToString(), ts, e.Body);
        clock.Advance(TimeSpan.FromMinutes(6));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, receiver.Url) { Content = new StringContent(e.Body) };
        request.Headers.Add(WebhookSignature.IdHeader, e.Id.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, ts.ToString());
        request.Headers.Add(WebhookSignature.SignatureHeader, header);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("tolerance", Assert.Single(receiver.Rejected), StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(410, false)]
    [InlineData(302, false)]
    public async Task Answers_are_retried_or_dead_lettered_by_their_status(int status, bool retryable)
    {
        receiver.Answer(status);
        var result = await Transport.DeliverAsync(Connector(), Event(), CancellationToken.None);
        Assert.False(result.Delivered);
        Assert.Equal(retryable, result.Retryable);
    }

    [Fact]
    public async Task Retry_after_is_passed_on()
    {
        receiver.Answer(429, retryAfterSeconds: 120);
        var result = await Transport.DeliverAsync(Connector(), Event(), CancellationToken.None);
        Assert.True(result.Retryable);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_within_the_timeout_is_retried_later()
    {
        var release = new TaskCompletionSource();
        var arrived = new TaskCompletionSource();
        receiver.Hold(release.Task, arrived);
        var attempt = Transport.DeliverAsync(Connector(), Event(), CancellationToken.None);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(5));
        var result = await attempt.WaitAsync(TimeSpan.FromSeconds(30));
        release.SetResult();
        Assert.True(result.Retryable);
        Assert.Contains("5 s", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_port_is_a_network_error_worth_retrying()
    {
        var url = receiver.Url;
        await receiver.DisposeAsync();
        var connector = Connector() with { SettingsJson = new WebhookSettings(url.ToString(), 5).ToJson() };
        var result = await Transport.DeliverAsync(connector, Event(), CancellationToken.None);
        Assert.True(result.Retryable);
        receiver = await WebhookReceiver.StartAsync([secret], clock);
    }

    [Theory]
    [InlineData("""{"url":"http://example.com/hook"}""")]
    [InlineData("""{"url":"ftp://127.0.0.1/hook"}""")]
    [InlineData("""{"url":"https://erp.example.com/hook","timeoutSeconds":0}""")]
    [InlineData("""{"url":"https://erp.example.com/hook","timeoutSeconds":61}""")]
    [InlineData("""{"timeoutSeconds":5}""")]
    [InlineData("[]")]
    public void Settings_need_https_or_loopback_http_and_a_sane_timeout(string json) => Assert.NotNull(WebhookSettings.Parse(json).Error);

    [Theory]
    [InlineData("""{"url":"https://erp.example.com/hook"}""", 10)]
    [InlineData("""{"url":"http://127.0.0.1:9000/hook","timeoutSeconds":3}""", 3)]
    public void Valid_settings_parse(string json, int timeout) => Assert.Equal(timeout, WebhookSettings.Parse(json).Settings?.TimeoutSeconds);
}

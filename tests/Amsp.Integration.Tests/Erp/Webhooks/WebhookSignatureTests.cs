using System.Diagnostics;
using Amsp.Integration.Erp.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Amsp.Integration.Tests.Erp.Webhooks;

public sealed class WebhookSignatureTests
{
    // The Standard Webhooks specification's own example, so the signer agrees with every other implementation.
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = "{\"test\": 2432232314}";
    private const string SpecSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static readonly FakeTimeProvider SpecClock = new(DateTimeOffset.FromUnixTimeSeconds(SpecTimestamp));

    [Fact]
    public void Signs_the_specification_example_as_the_specification_does() =>
        Assert.Equal(SpecSignature, WebhookSignature.Header([SpecSecret], SpecId, SpecTimestamp, SpecBody));

    [Fact]
    public void A_signature_verifies_and_any_change_to_id_timestamp_or_body_breaks_it()
    {
        var secret = WebhookSecret.Generate();
        var verifier = new WebhookVerifier([secret], SpecClock);
        var header = WebhookSignature.Header([secret], SpecId, SpecTimestamp, SpecBody);
        Assert.Null(verifier.Verify(SpecId, SpecTimestamp.ToString(), header, SpecBody));
        Assert.NotNull(verifier.Verify(SpecId + "x", SpecTimestamp.ToString(), header, SpecBody));
        Assert.NotNull(verifier.Verify(SpecId, (SpecTimestamp + 1).ToString(), header, SpecBody));
        Assert.NotNull(verifier.Verify(SpecId, SpecTimestamp.ToString(), header, SpecBody + " "));
        Assert.NotNull(new WebhookVerifier([WebhookSecret.Generate()], SpecClock).Verify(SpecId, SpecTimestamp.ToString(), header, SpecBody));
    }

    [Fact]
    public void During_a_rotation_either_secret_verifies_the_double_signature()
    {
        var (older, newer) = (WebhookSecret.Generate(), WebhookSecret.Generate());
        var header = WebhookSignature.Header([newer, older], SpecId, SpecTimestamp, SpecBody);
        Assert.Equal(2, header.Split(' ').Length);
        Assert.Null(new WebhookVerifier([older], SpecClock).Verify(SpecId, SpecTimestamp.ToString(), header, SpecBody));
        Assert.Null(new WebhookVerifier([newer], SpecClock).Verify(SpecId, SpecTimestamp.ToString(), header, SpecBody));
    }

    [Theory]
    [InlineData(-301, false)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void A_timestamp_more_than_five_minutes_off_is_refused(int offsetSeconds, bool accepted)
    {
        var secret = WebhookSecret.Generate();
        var sent = SpecTimestamp + offsetSeconds;
        var header = WebhookSignature.Header([secret], SpecId, sent, SpecBody);
        Assert.Equal(accepted, new WebhookVerifier([secret], SpecClock).Verify(SpecId, sent.ToString(), header, SpecBody) is null);
    }

    [Theory]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("whsec_")]
    [InlineData("whsec_not base64!")]
    [InlineData("whsec_c2hvcnQ=")]
    public void Malformed_secrets_are_refused(string secret) => Assert.Null(WebhookSecret.TryDecode(secret));

    [SkippableFact]
    public async Task The_openssl_one_liner_of_the_guide_computes_the_same_signature()
    {
        Skip.If(!File.Exists("/usr/bin/openssl"), "openssl is not installed");
        // The line the integration guide gives, with the key decoded from the secret's base64 into hex.
        var script = """
            key=$(printf '%s' "${secret#whsec_}" | base64 -d | od -An -tx1 | tr -d ' \n')
            printf '%s.%s.%s' "$id" "$ts" "$body" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | base64
            """;
        var info = new ProcessStartInfo("/bin/bash", ["-c", script]) { RedirectStandardOutput = true };
        info.Environment["secret"] = SpecSecret;
        info.Environment["id"] = SpecId;
        info.Environment["ts"] = SpecTimestamp.ToString();
        info.Environment["body"] = SpecBody;
        using var process = Process.Start(info)!;
        var output = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        Assert.Equal(SpecSignature, "v1," + output);
    }
}

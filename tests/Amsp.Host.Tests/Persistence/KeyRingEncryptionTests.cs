using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Amsp.Domain.Persistence;
using Amsp.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amsp.Host.Tests.Persistence;

/// <summary>The data-protection keys in the database, encrypted with the certificate that configuration names.</summary>
public sealed class KeyRingEncryptionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("amsp-cert-").FullName;

    private sealed class Host(string certificate, string? password) : AmspHostFixture
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Amsp:DataProtection:Certificate:Path", certificate);
            if (password is not null) builder.UseSetting("Amsp:DataProtection:Certificate:Password", password);
        }
    }

    private string CreateCertificate(string password, bool withPrivateKey = true)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=amsp key ring", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, withPrivateKey
            ? certificate.Export(X509ContentType.Pkcs12, password)
            : X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert)).Export(X509ContentType.Pkcs12, password));
        return path;
    }

    [Fact]
    public async Task Keys_are_stored_encrypted_and_tokens_protected_with_them_still_work()
    {
        await using var host = new Host(CreateCertificate("pfx-password"), "pfx-password");
        using var client = await host.CreateClientAsAsync("Analyst");
        Assert.True((await client.GetAsync("/api/auth/me")).IsSuccessStatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AmspDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("not-the-password", true, "Amsp:DataProtection:Certificate:Path: cannot read the certificate")]
    [InlineData("pfx-password", false, "holds no private key")]
    public async Task A_certificate_that_cannot_serve_stops_amsp_serve_with_one_line_naming_the_setting(
        string password, bool withPrivateKey, string message)
    {
        var certificate = CreateCertificate("pfx-password", withPrivateKey);
        using var timeout = new CancellationTokenSource(AmspProcess.StartTimeout);
        var (exit, _, error) = await DotNet.RunAsync(DotNet.Executable,
            [Path.Combine(AppContext.BaseDirectory, "amsp.dll"), "serve", "--urls", "http://127.0.0.1:0",
                $"--Amsp:DataProtection:Certificate:Path={certificate}", $"--Amsp:DataProtection:Certificate:Password={password}"],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, folder, timeout.Token);

        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

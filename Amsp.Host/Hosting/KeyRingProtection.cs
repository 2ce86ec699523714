using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Amsp.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace Amsp.Host.Hosting;

/// <summary>
/// The data-protection key ring (it signs cookies, bearer tokens and resume tokens) lives in the platform database,
/// shared by every node. Each key is encrypted there with a certificate when <c>Amsp:DataProtection:Certificate</c>
/// names one: a certificate works on every platform and every node alike, where Windows DPAPI would bind the keys to
/// one machine. Certificates that encrypted older keys stay readable through <c>PreviousCertificates</c>.
/// </summary>
public static partial class KeyRingProtection
{
    public const string Section = "Amsp:DataProtection";

    public sealed class Options
    {
        /// <summary>The certificate new keys are encrypted with. Default: none (keys stored unencrypted).</summary>
        public CertificateFile? Certificate { get; set; }

        /// <summary>Certificates that encrypted keys still in the ring, for reading them only. Default: none.</summary>
        public List<CertificateFile> PreviousCertificates { get; set; } = [];
    }

    public sealed class CertificateFile
    {
        /// <summary>A PKCS#12 file (.pfx) holding the certificate and its private key.</summary>
        public string Path { get; set; } = "";

        /// <summary>The file's password, if it has one; pass it through the environment, never in a file of the repo.</summary>
        public string? Password { get; set; }
    }

    public static void AddAmspDataProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(Section).Get<Options>() ?? new Options();
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("amsp")
            .PersistKeysToDbContext<AmspDbContext>();
        if (options.Certificate is { } current)
        {
            var certificate = Load(current, "Certificate");
            dataProtection.ProtectKeysWithCertificate(certificate)
                .UnprotectKeysWithAnyCertificate([certificate, .. options.PreviousCertificates.Select((c, i) => Load(c, $"PreviousCertificates:{i}"))]);
        }
        else if (builder.Environment.IsDevelopment())
        {
            // A newcomer's first start is no place for a production warning; Production says it at every start.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        }
    }

    /// <summary>In Production, says once per start that the keys are stored unencrypted, and what to configure.</summary>
    public static void WarnIfUnprotected(WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && app.Configuration.GetSection($"{Section}:Certificate").Get<CertificateFile>() is null)
        {
            LogUnprotected(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyRingProtection)));
        }
    }

    private static X509Certificate2 Load(CertificateFile file, string key)
    {
        var name = $"{Section}:{key}:Path";
        if (string.IsNullOrWhiteSpace(file.Path))
        {
            throw new InvalidOperationException($"{name} is required: a .pfx file with the certificate and its private key.");
        }
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file.Path, file.Password);
            return certificate.HasPrivateKey ? certificate
                : throw new InvalidOperationException($"{name}: '{file.Path}' holds no private key, so keys encrypted with it could not be read back.");
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{name}: cannot read the certificate '{file.Path}': {e.Message}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data-protection keys are stored unencrypted in the database: set "
        + Section + ":Certificate:Path (a .pfx with a private key) and :Password to encrypt them at rest")]
    private static partial void LogUnprotected(ILogger logger);
}

using Amsp.Integration.Erp.Sftp;

namespace Amsp.Integration.Tests.Erp.Sftp;

public sealed class SftpFilesTests
{
    [Theory]
    [InlineData("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU", true)]
    [InlineData("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", true)]
    [InlineData("MD5:aa:bb", false)]
    [InlineData("", false)]
    public void The_host_key_must_be_a_sha256_fingerprint(string fingerprint, bool valid)
    {
        var errors = SftpSettings.Validate($$"""{"host":"files.example.com","username":"amsp","hostKeySha256":"{{fingerprint}}"}""");
        Assert.Equal(valid, !errors.Any(e => e.Contains("hostKeySha256", StringComparison.Ordinal)));
    }

    [Fact]
    public void Folders_cannot_climb_out_and_the_format_is_csv_or_xml()
    {
        var errors = SftpSettings.Validate("""{"host":"h","username":"u","hostKeySha256":"SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU","inboundFolder":"../etc","format":"json"}""");
        Assert.Contains(errors, e => e.StartsWith("inboundFolder", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("format must be 'csv' or 'xml'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_confirmation_file_accepts_columns_in_any_order_quotes_and_blank_lines()
    {
        var errors = new List<string>();
        var lines = ConfirmationFile.Parse("\uFEFFDecision,Order_Number,step\r\n\r\nreject,AMSP-1,\"multi\nline\"\r\nconfirm,AMSP-2,order", errors);
        Assert.Empty(errors);
        Assert.Equal([new ConfirmationLine(3, "AMSP-1", "multi\nline", false, null, null), new ConfirmationLine(5, "AMSP-2", "order", true, null, null)], lines);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("order_number,step\nA,b", "missing: decision")]
    [InlineData("order_number,step,decision,colour\nA,b,confirm,red", "unknown: colour")]
    [InlineData("order_number,step,decision\n\"A,b,confirm", "line 2: a quoted field is not closed.")]
    public void A_bad_file_says_why(string text, string expected)
    {
        var errors = new List<string>();
        Assert.Empty(ConfirmationFile.Parse(text, errors));
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }
}

using System.ComponentModel.DataAnnotations;

namespace Amsp.Host.Platform.Models;

/// <summary>Model uploads (<c>Amsp:Models</c>).</summary>
public sealed class ModelOptions
{
    public const string Section = "Amsp:Models";

    /// <summary>Largest model file accepted, in bytes; default 256 MiB. Checked against Content-Length first, then while streaming.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 256L << 20;
}

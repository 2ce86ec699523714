namespace Amsp.Host.Auth;

/// <summary>
/// The first administrator of a production installation, created at start when no user holds the Admin
/// role yet. Bound from <c>Amsp:Bootstrap</c>; pass the password through the environment
/// (<c>Amsp__Bootstrap__AdminPassword</c>), never a file in the repository. Both unset by default.
/// </summary>
public sealed class BootstrapAdminOptions
{
    public const string Section = "Amsp:Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}

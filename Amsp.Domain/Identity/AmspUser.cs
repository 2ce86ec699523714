using Microsoft.AspNetCore.Identity;

namespace Amsp.Domain.Identity;

/// <summary>A person or machine client that signs in to the platform.</summary>
public class AmspUser : IdentityUser
{
    /// <summary>The name shown in the UI and on certificates (an inspector's signature line, for one).</summary>
    public string? DisplayName { get; set; }
}

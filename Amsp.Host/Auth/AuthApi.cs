using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Amsp.Domain.Identity;
using Amsp.Domain.Persistence;
using Amsp.Host.Platform.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Amsp.Host.Auth;

/// <summary>Sign-in for the browser (cookie) and for API clients (bearer token).</summary>
public static class AuthApi
{
    public sealed record LoginRequest([Required] string? Email, [Required] string? Password);

    public sealed record RefreshRequest([Required] string? RefreshToken);

    public sealed record CurrentUser(string Id, string? Email, string? DisplayName, IReadOnlyList<string> Roles,
        IReadOnlyList<PersonMembershipDto> Memberships);

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithSummary("Sign in with e-mail (or user name) and password")
            .WithDescription("Answers a bearer token (AccessTokenResponse); with useCookies=true sets the session cookie instead.")
            // The sign-in manager writes the answer itself, so the handler's type cannot say what it is.
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", RefreshAsync).AllowAnonymous()
            .WithSummary("Trade a refresh token for a new bearer token")
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/logout", LogoutAsync).WithSummary("End the cookie session");
        group.MapGet("/me", MeAsync).WithSummary("The signed-in user, their roles and the organizations they hold them in");
        return group;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, bool? useCookies, SignInManager<AmspUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["credentials"] = ["Both email and password are required."],
            });
        }
        var user = await signIn.UserManager.FindByEmailAsync(request.Email)
            ?? await signIn.UserManager.FindByNameAsync(request.Email);
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The sign-in already wrote the cookie or the token response.
            return TypedResults.Empty;
        }
        return TypedResults.Problem(
            result.IsLockedOut ? "Too many failed attempts: the account is locked for a few minutes." : "Wrong e-mail or password.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<AmspUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Problem("The refresh token is invalid or expired.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Refresh failed");
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<AmspUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CurrentUser>, UnauthorizedHttpResult>> MeAsync(
        ClaimsPrincipal principal, UserManager<AmspUser> users, AmspDbContext db, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }
        var memberships = await (from m in db.Memberships.AsNoTracking()
                                 join o in db.Organizations on m.OrganizationId equals o.Id
                                 where m.UserId == user.Id
                                 select new PersonMembershipDto(o.Id, o.LegalName, o.Kind, m.Roles)).ToListAsync(ct);
        var roles = memberships.SelectMany(m => m.Roles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new CurrentUser(user.Id, user.Email, user.DisplayName, roles,
            memberships.OrderBy(m => m.OrganizationName, StringComparer.Ordinal).ToList()));
    }
}

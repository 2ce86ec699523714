using System.Collections.Concurrent;
using Amsp.Domain.Identity;

namespace Amsp.Host.Platform.Access;

/// <summary>
/// Who may send a platform request: the roles (held in some organization) its sender needs. Administrators
/// always may. Read once per request type by the endpoint (which answers 403 to a caller holding none of the roles
/// anywhere) and by the pipeline (which checks the roles in the organization that owns what the request names).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Cache = new();

    /// <summary>The roles of <paramref name="requestType"/>, Admin included; throws when it declares none.</summary>
    public static IReadOnlyList<string> Of(Type requestType) => Cache.GetOrAdd(requestType, static type =>
    {
        var declared = type.GetCustomAttributes(typeof(AllowedRolesAttribute), inherit: false)
            .Cast<AllowedRolesAttribute>().SingleOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} declares no [AllowedRoles]: every platform request must say who may send it.");
        return declared.Roles.Append(AmspRoles.Admin).Distinct(StringComparer.Ordinal).ToArray();
    });
}

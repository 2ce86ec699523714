namespace Amsp.Host.Platform.Access;

/// <summary>
/// A platform request anyone may send without signing in (accepting an invitation, verifying a certificate). The
/// request proves its right by what it carries (a one-time token, a code) and its handler checks it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AnonymousRequestAttribute : Attribute
{
    public static bool IsOn(Type requestType) => requestType.IsDefined(typeof(AnonymousRequestAttribute), inherit: false);
}

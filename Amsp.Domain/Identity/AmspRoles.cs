namespace Amsp.Domain.Identity;

/// <summary>The stakeholder roles of ISO/IEC 23510 §4.2 as the platform authorizes them.</summary>
public static class AmspRoles
{
    public const string Customer = nameof(Customer);
    public const string Designer = nameof(Designer);
    public const string Manufacturer = nameof(Manufacturer);
    public const string QualityInspector = nameof(QualityInspector);
    public const string Analyst = nameof(Analyst);
    public const string Operator = nameof(Operator);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } =
        [Customer, Designer, Manufacturer, QualityInspector, Analyst, Operator, Admin];
}

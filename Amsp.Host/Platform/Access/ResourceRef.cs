namespace Amsp.Host.Platform.Access;

/// <summary>The kinds of things a request can name that belong to an organization.</summary>
public enum ResourceKind
{
    Organization,
    Site,
    Material,
    Printer,
    PriceList,
    Model,
    Requirement,
    DesignRequest,
    ProtectedDesign,

    /// <summary>An order, named by its number (<see cref="ResourceRef.Key"/>).</summary>
    Order,

    /// <summary>A copyright review: the platform organization's, when it exists.</summary>
    CopyrightReview,
}

/// <summary>A thing a request names by id (or, for orders, by number), whose owner decides whether the sender may reach it.</summary>
public readonly record struct ResourceRef(ResourceKind Kind, Guid Id, string? Key = null)
{
    public static ResourceRef Order(string number) => new(ResourceKind.Order, Guid.Empty, number);

    public override string ToString() => Key ?? Id.ToString();
}

/// <summary>
/// A request that names things of some organization. The pipeline checks, before the handler runs, that the sender
/// holds one of the request's roles in the organization owning each of them; otherwise the answer is 404, exactly
/// as if the thing did not exist.
/// </summary>
public interface IScopedRequest
{
    IEnumerable<ResourceRef> Resources { get; }
}

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
}

/// <summary>A thing a request names by id, whose owner decides whether the sender may reach it.</summary>
public readonly record struct ResourceRef(ResourceKind Kind, Guid Id);

/// <summary>
/// A request that names things of some organization. The pipeline checks, before the handler runs, that the sender
/// holds one of the request's roles in the organization owning each of them; otherwise the answer is 404, exactly
/// as if the thing did not exist.
/// </summary>
public interface IScopedRequest
{
    IEnumerable<ResourceRef> Resources { get; }
}

namespace Amsp.Host.Platform.Pipeline;

/// <summary>A request that checks its own fields before its handler runs.</summary>
public interface IValidated
{
    void Validate(Validation validation);
}

/// <summary>Field errors of one request, keyed by the field's JSON path (e.g. <c>criticalDimensions[1].nominal</c>).</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Records <paramref name="message"/> for <paramref name="field"/> when <paramref name="failed"/>.</summary>
    public Validation When(bool failed, string field, string message)
    {
        if (failed)
        {
            Add(field, message);
        }
        return this;
    }

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    /// <summary>A required text: present, not blank, at most <paramref name="maxLength"/> characters.</summary>
    public Validation Text(string? value, string field, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return When(required, field, "is required.");
        }
        return When(value.Length > maxLength, field, $"must be at most {maxLength} characters.");
    }
}

/// <summary>A request whose fields are invalid: 400 with the errors per field.</summary>
public sealed class RequestValidationException(IDictionary<string, string[]> errors)
    : Exception("The request has invalid fields: " + string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(" ", e.Value)}")))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}

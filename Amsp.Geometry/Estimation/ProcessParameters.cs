namespace Amsp.Geometry.Estimation;

/// <summary>
/// The parameters of one process family (ISO/ASTM 52900 categories) that a print time follows from. Each family is a
/// plain record with documented defaults; <see cref="Validate"/> says what is out of range.
/// </summary>
public abstract record ProcessParameters
{
    /// <summary>Layer thickness (mm).</summary>
    public double LayerHeight { get; init; } = 0.2;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first figure out of range.</summary>
    public virtual void Validate() => Positive(LayerHeight, nameof(LayerHeight));

    /// <summary>Throws unless <paramref name="value"/> is positive and finite.</summary>
    /// <param name="value">The figure.</param>
    /// <param name="name">Its name, for the message.</param>
    protected static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and finite.");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and not negative.</summary>
    /// <param name="value">The figure.</param>
    /// <param name="name">Its name, for the message.</param>
    protected static void NotNegative(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and not negative.");
        }
    }
}

namespace Amsp.Geometry;

/// <summary>
/// A model file cannot be read: empty, truncated, inconsistent, over a limit or not a mesh at all.
/// The message is one line meant for the person who uploaded the file.
/// </summary>
public sealed class MeshFormatException : Exception
{
    /// <summary>Creates the exception with an empty message.</summary>
    public MeshFormatException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    /// <param name="message">What is wrong with the file.</param>
    public MeshFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the underlying error.</summary>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="innerException">The error that revealed it.</param>
    public MeshFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

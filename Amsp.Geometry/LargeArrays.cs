using System.Runtime.InteropServices;

namespace Amsp.Geometry;

/// <summary>
/// Allocates the big per-mesh arrays. On Linux, arrays of several megabytes are placed in memory advised for
/// transparent huge pages before anything touches them: faulting in 2 MiB pages instead of 4 KiB ones made
/// first-touch memory several times cheaper on the virtual machines we measured, and first touch is a large
/// share of a one-shot check. Elsewhere, or when the advice is refused, these are ordinary arrays.
/// </summary>
internal static partial class LargeArrays
{
    private const int MinBytes = 4 << 20;
    private const int HugePage = 2 << 20;
    private const int MadviseHugePage = 14;
    private static bool _unavailable;

    /// <summary>A zeroed array of <paramref name="length"/> elements.</summary>
    public static T[] Zeroed<T>(int length)
        where T : unmanaged
    {
        var array = Uninitialized<T>(length);
        Array.Clear(array);
        return array;
    }

    /// <summary>An array whose contents are undefined: only for arrays the caller overwrites entirely.</summary>
    public static unsafe T[] Uninitialized<T>(int length)
        where T : unmanaged
    {
        var bytes = (long)length * sizeof(T);
        if (bytes < MinBytes || _unavailable || !OperatingSystem.IsLinux())
        {
            return new T[length];
        }

        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        fixed (T* p = array)
        {
            var start = ((long)p + HugePage - 1) & ~(long)(HugePage - 1);
            var end = ((long)p + bytes) & ~(long)(HugePage - 1);
            if (end > start)
            {
                try
                {
                    _ = Madvise((nint)start, (nuint)(end - start), MadviseHugePage);
                }
                catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
                {
                    _unavailable = true;
                }
            }
        }

        return array;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}

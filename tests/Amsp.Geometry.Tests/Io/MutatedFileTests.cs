using System.Text;
using Amsp.Geometry.Analysis;
using Amsp.Geometry.Io;

namespace Amsp.Geometry.Tests.Io;

/// <summary>Seeded random corruptions of valid files: each one is read or refused with a typed error, nothing else.</summary>
public class MutatedFileTests
{
    public static TheoryData<string> Sources() => ["bracket.stl", "bracket.3mf", "ascii", "obj"];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Corrupted_files_are_read_or_refused_with_a_typed_error(string source)
    {
        var (original, name) = Load(source);
        var random = new Random(source.Length * 7919); // fixed seed: the same corruptions on every run
        for (var i = 0; i < 150; i++)
        {
            var bytes = (byte[])original.Clone();
            switch (i % 3)
            {
                case 0: // flip a few bytes
                    for (var k = 0; k < 1 + (i % 5); k++)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                    }

                    break;
                case 1: // truncate
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                default: // overwrite a run with random bytes
                    var start = random.Next(bytes.Length);
                    random.NextBytes(bytes.AsSpan(start, Math.Min(64, bytes.Length - start)));
                    break;
            }

            try
            {
                var mesh = MeshReader.Read(new MemoryStream(bytes), name);
                MeshCheck.Check(mesh); // whatever was read can be checked
            }
            catch (MeshFormatException e)
            {
                Assert.DoesNotContain('\n', e.Message);
            }
        }
    }

    private static (byte[] Bytes, string Name) Load(string source) => source switch
    {
        "ascii" => (Encoding.ASCII.GetBytes(FileBuilder.AsciiStl(MeshFactory.Soup(MeshFactory.Sphere(5, 6, 8)))), "s.stl"),
        "obj" => (Encoding.ASCII.GetBytes("v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 3 2\nf 1 2 4\nf 2 3 4\nf -2 -4 -1\n"), "t.obj"),
        _ => (File.ReadAllBytes(Path.Combine("Samples", source)), source),
    };
}

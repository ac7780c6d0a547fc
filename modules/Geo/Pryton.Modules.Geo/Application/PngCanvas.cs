using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Pryton.Modules.Geo.Application;

/// <summary>
/// A small RGB raster with the few shapes a zone overview needs (discs, rings, 3×5 digits) and a PNG encoder, so the
/// picture is drawn in process with no native imaging library.
/// </summary>
internal sealed class PngCanvas(int width, int height)
{
    // 3×5 digits, one row of three bits per line, top to bottom.
    private static readonly int[][] Digits =
    [
        [7, 5, 5, 5, 7], [2, 6, 2, 2, 7], [7, 1, 7, 4, 7], [7, 1, 7, 1, 7], [5, 5, 7, 1, 1],
        [7, 4, 7, 1, 7], [7, 4, 7, 5, 7], [7, 1, 1, 1, 1], [7, 5, 7, 5, 7], [7, 5, 7, 1, 7],
    ];

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    private readonly byte[] pixels = new byte[width * height * 3];

    public int Width => width;

    public int Height => height;

    public void Fill((byte R, byte G, byte B) colour)
    {
        for (var i = 0; i < pixels.Length; i += 3)
        {
            (pixels[i], pixels[i + 1], pixels[i + 2]) = colour;
        }
    }

    public void Disc(double cx, double cy, double radius, (byte, byte, byte) colour) => Shape(cx, cy, radius, d => d <= radius, colour);

    public void Ring(double cx, double cy, double radius, double thickness, (byte, byte, byte) colour) =>
        Shape(cx, cy, radius + thickness, d => Math.Abs(d - radius) <= thickness / 2, colour);

    /// <summary>A number in 3×5 pixel digits, each pixel <paramref name="scale"/> wide, left edge at x.</summary>
    public void Number(int x, int y, int value, int scale, (byte, byte, byte) colour)
    {
        foreach (var digit in value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => c - '0'))
        {
            for (var row = 0; row < 5; row++)
            {
                for (var column = 0; column < 3; column++)
                {
                    if ((Digits[digit][row] & (4 >> column)) != 0)
                    {
                        Block(x + (column * scale), y + (row * scale), scale, colour);
                    }
                }
            }

            x += 4 * scale;
        }
    }

    public byte[] ToPng()
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        Chunk(output, "IHDR", header);
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0); // no filter
                    zlib.Write(pixels, y * width * 3, width * 3);
                }
            }

            Chunk(output, "IDAT", raw.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private void Shape(double cx, double cy, double reach, Func<double, bool> inside, (byte, byte, byte) colour)
    {
        for (var y = (int)Math.Max(0, cy - reach - 1); y <= Math.Min(height - 1, cy + reach + 1); y++)
        {
            for (var x = (int)Math.Max(0, cx - reach - 1); x <= Math.Min(width - 1, cx + reach + 1); x++)
            {
                if (inside(Math.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy)))))
                {
                    Set(x, y, colour);
                }
            }
        }
    }

    private void Block(int x, int y, int size, (byte, byte, byte) colour)
    {
        for (var dy = 0; dy < size; dy++)
        {
            for (var dx = 0; dx < size; dx++)
            {
                Set(x + dx, y + dy, colour);
            }
        }
    }

    private void Set(int x, int y, (byte R, byte G, byte B) colour)
    {
        if (x < 0 || y < 0 || x >= width || y >= height)
        {
            return;
        }

        var i = ((y * width) + x) * 3;
        (pixels[i], pixels[i + 1], pixels[i + 2]) = colour;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = typed.Aggregate(0xFFFFFFFFu, (c, b) => CrcTable[(c ^ b) & 0xFF] ^ (c >> 8)) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(number, crc);
        output.Write(number);
    }
}

using System.Buffers.Binary;

namespace ChatSwarm.Monitoring.Tests.Otlp;

/// <summary>A minimal protocol-buffers wire reader: the fields of one message as (number, wire type, varint/fixed value or bytes).</summary>
internal static class ProtoReader
{
    public readonly record struct Field(int Number, int WireType, ulong Value, ReadOnlyMemory<byte> Bytes)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Bytes.Span);

        public double Double => BitConverter.Int64BitsToDouble((long)Value);
    }

    public static List<Field> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<Field>();
        var span = message.Span;
        int pos = 0;
        while (pos < span.Length)
        {
            var key = Varint(span, ref pos);
            int number = (int)(key >> 3), wire = (int)(key & 7);
            switch (wire)
            {
                case 0:
                    fields.Add(new Field(number, wire, Varint(span, ref pos), default));
                    break;
                case 1:
                    fields.Add(new Field(number, wire, BinaryPrimitives.ReadUInt64LittleEndian(span[pos..]), default));
                    pos += 8;
                    break;
                case 2:
                    var length = (int)Varint(span, ref pos);
                    fields.Add(new Field(number, wire, 0, message.Slice(pos, length)));
                    pos += length;
                    break;
                case 5:
                    fields.Add(new Field(number, wire, BinaryPrimitives.ReadUInt32LittleEndian(span[pos..]), default));
                    pos += 4;
                    break;
                default:
                    throw new FormatException($"unsupported wire type {wire} for field {number} at byte {pos}");
            }
        }

        return fields;
    }

    /// <summary>A packed repeated fixed64 field (or a single unpacked one).</summary>
    public static IEnumerable<ulong> Fixed64s(Field field)
    {
        if (field.WireType == 1)
        {
            return [field.Value];
        }

        var values = new ulong[field.Bytes.Length / 8];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(field.Bytes.Span[(i * 8)..]);
        }

        return values;
    }

    private static ulong Varint(ReadOnlySpan<byte> span, ref int pos)
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = span[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new FormatException("varint longer than 10 bytes");
    }
}

using System.Text;
using Akka.Actor;
using Akka.Serialization;
using ChatSwarm.Cluster.Coordinating;
using ChatSwarm.Cluster.Working;

namespace ChatSwarm.Cluster.Wire;

/// <summary>
/// A compact binary serializer for every <see cref="IRunMessage"/>: a one-letter manifest names the type and the
/// fields are written in a fixed order. Payload parts carry their bytes as they are (no Base64, no JSON envelope).
/// </summary>
internal sealed class ClusterMessageSerializer : SerializerWithStringManifest
{
    /// <summary>The serializer's id (Akka reserves 0 to 100).</summary>
    public const int Id = 4711;

    public ClusterMessageSerializer(ExtendedActorSystem system)
        : base(system)
    {
    }

    public override int Identifier => Id;

    public override string Manifest(object o) => o switch
    {
        WorkerHello => "H",
        WorkerReady => "R",
        PayloadPart => "P",
        Dismiss => "D",
        BeginRun => "B",
        StopWork => "S",
        FinalReceived => "F",
        _ => throw new ArgumentException($"cannot serialize {o.GetType()}", nameof(o)),
    };

    public override byte[] ToBinary(object obj)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            switch (obj)
            {
                case WorkerHello h:
                    w.Write(h.Name);
                    w.Write(h.ProcessId);
                    break;
                case WorkerReady r:
                    WriteOptional(w, r.Problem);
                    break;
                case PayloadPart p:
                    w.Write((int)p.Kind);
                    w.Write(p.Id);
                    w.Write(p.Index);
                    w.Write(p.Count);
                    w.Write(p.Data.Length);
                    w.Write(p.Data);
                    break;
                case Dismiss d:
                    w.Write(d.Reason);
                    break;
                case BeginRun b:
                    w.Write(b.StartAtUnixMilliseconds);
                    break;
                case StopWork s:
                    w.Write(s.Now);
                    w.Write(s.Reason);
                    break;
                case FinalReceived:
                    break;
                default:
                    throw new ArgumentException($"cannot serialize {obj.GetType()}", nameof(obj));
            }
        }

        return buffer.ToArray();
    }

    public override object FromBinary(byte[] bytes, string manifest)
    {
        using var r = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        return manifest switch
        {
            "H" => new WorkerHello(r.ReadString(), r.ReadInt32()),
            "R" => new WorkerReady(ReadOptional(r)),
            "P" => new PayloadPart((PayloadKind)r.ReadInt32(), r.ReadInt64(), r.ReadInt32(), r.ReadInt32(), r.ReadBytes(r.ReadInt32())),
            "D" => new Dismiss(r.ReadString()),
            "B" => new BeginRun(r.ReadInt64()),
            "S" => new StopWork(r.ReadBoolean(), r.ReadString()),
            "F" => FinalReceived.Instance,
            _ => throw new System.Runtime.Serialization.SerializationException($"unknown cluster message manifest '{manifest}'"),
        };
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}

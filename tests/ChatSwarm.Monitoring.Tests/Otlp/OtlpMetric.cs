namespace ChatSwarm.Monitoring.Tests.Otlp;

/// <summary>One metric of an OTLP export request, with what the tests check: kind, unit and data points.</summary>
internal sealed record OtlpMetric(string Scope, string Name, string Unit, string Kind, IReadOnlyList<OtlpPoint> Points);

/// <summary>A number or histogram data point: attributes, the value, or the histogram's count, sum and bucket counts.</summary>
internal sealed record OtlpPoint(IReadOnlyDictionary<string, string> Attributes, double? Value, ulong Count, double? Sum, IReadOnlyList<ulong> BucketCounts, IReadOnlyList<double> Bounds);

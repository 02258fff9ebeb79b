using System.Globalization;
using ChatSwarm.Bench.Actors;

// Bytes one idle customer retains on Akka.NET, for ChatSwarm's customer and for the shapes it was chosen against.
// Usage: dotnet run -c Release --project bench/actors [-- COUNT]      (default 20,000 actors or customers per row)
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var rows = new List<(string Shape, double Bytes)>
{
    ("Akka ReceiveActor, 2 handlers, shared Props", await IdleFootprint.ReceiveActorsAsync(count)),
    ("Akka UntypedActor, shared Props", await IdleFootprint.UntypedActorsAsync(count)),
    ("Akka BackoffSupervisor + ReceiveActor child, shared Props", await IdleFootprint.BackoffPairsAsync(count)),
    ("ChatSwarm customer, empty conversation, poll in flight", await IdleFootprint.CustomersAsync(count, scripted: false)),
    ("ChatSwarm customer, shipped greeting bot, poll in flight", await IdleFootprint.CustomersAsync(count, scripted: true)),
};

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} per row, managed heap after a full GC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, Akka {typeof(Akka.Actor.ActorSystem).Assembly.GetName().Version}"));
Console.WriteLine("| shape | bytes retained each |");
Console.WriteLine("|---|---:|");
foreach (var (shape, bytes) in rows)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {shape} | {bytes:N0} |"));
}

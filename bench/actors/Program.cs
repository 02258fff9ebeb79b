using ChatSwarm.Bench.Actors;

// Each scenario runs a warm-up pass, then reports the best of several measured passes so one GC or scheduler
// hiccup on a 2-core machine does not decide the result.
var quick = args.Contains("--quick");
var table = new ResultTable();

const int PingPongRoundTrips = 200_000;
var pairs = Environment.ProcessorCount * 8;
var channelPing = await Measure.BestOf(() => PingPong.RawChannelsAsync(1, quick ? 20_000 : PingPongRoundTrips));
var actorPing = await Measure.BestOf(() => PingPong.ActorsAsync(1, quick ? 20_000 : PingPongRoundTrips));
table.AddThroughput("ping-pong, 1 pair", channelPing, actorPing);

var channelPairs = await Measure.BestOf(() => PingPong.RawChannelsAsync(pairs, quick ? 2_000 : 20_000));
var actorPairs = await Measure.BestOf(() => PingPong.ActorsAsync(pairs, quick ? 2_000 : 20_000));
table.AddThroughput($"ping-pong, {pairs} pairs", channelPairs, actorPairs);

var channelFan = await Measure.BestOf(() => FanOut.RawChannelsAsync(1_000, quick ? 50 : 500));
var actorFan = await Measure.BestOf(() => FanOut.ActorsAsync(1_000, quick ? 50 : 500));
table.AddThroughput("fan-out, 1 sender -> 1,000 receivers", channelFan, actorFan);

var memory = await IdleMemory.MeasureAsync(100_000);
table.AddMemory("idle actor, 100,000 actors", memory);

table.Print(Console.Out);

using ChatSwarm.Simulator.Api;
using ChatSwarm.Simulator.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ChatSwarm.Simulator.Stats;

/// <summary>GET /simulator/stats: <see cref="SimulatorStats"/> in snake_case.</summary>
internal static class StatsApi
{
    public static void Map(IEndpointRouteBuilder app, SimulatorEngine engine) =>
        app.MapGet("/simulator/stats", ctx => ApiResponses.Json(ctx, 200, engine.GetStats(), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("sessions_by_state"u8);
            foreach (var (state, count) in s.SessionsByState) w.WriteNumber(state, count);
            w.WriteEndObject();
            w.WriteNumber("sessions_created"u8, s.SessionsCreated);
            w.WriteNumber("queue_length"u8, s.QueueLength);
            w.WriteNumber("polls_served"u8, s.PollsServed);
            w.WriteNumber("concurrent_poll_violations"u8, s.ConcurrentPollViolations);
            w.WriteStartObject("faults_injected"u8);
            foreach (var (code, count) in s.FaultsInjected) w.WriteNumber(code, count);
            w.WriteEndObject();
            w.WriteNumber("messages_from_clients"u8, s.MessagesFromClients);
            w.WriteNumber("messages_from_agents"u8, s.MessagesFromAgents);
            w.WriteNumber("files_uploaded"u8, s.FilesUploaded);
            w.WriteNumber("files_from_agents"u8, s.FilesFromAgents);
            w.WriteNumber("requests"u8, s.Requests);
            w.WriteEndObject();
        }));
}

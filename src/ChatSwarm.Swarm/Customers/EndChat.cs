namespace ChatSwarm.Swarm.Customers;

/// <summary>Asks a customer to end its chat (chat_session_end) and stop: the run is ending or the closed-model target fell.</summary>
/// <param name="Reason">Why, for the customer's outcome, e.g. <c>run stopping</c>.</param>
internal sealed record EndChat(string Reason);

using Akka.Actor;
using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Supervision;

namespace ChatSwarm.Swarm.Conversations;

/// <summary>
/// The root of a swarm of one: starts customer 0 in a group of its own (so it fails, backs off and resumes exactly as
/// in a load run) and completes <c>done</c> with the customer's journal once it is gone for good.
/// </summary>
internal sealed class ConversationHostActor : ReceiveActor
{
    public ConversationHostActor(CustomerFactory factory, Random random, TaskCompletionSource<CustomerJournal> done)
    {
        var group = Context.ActorOf(Props.Create(() => new CustomerGroupActor(factory, random)), "group-0");
        group.Tell(new SpawnCustomer(0), Self);
        Receive<EndConversation>(message => group.Tell(new EndCustomer(0, message.Reason), Self));
        Receive<CustomerStopped>(message => done.TrySetResult(message.Journal));
    }

    protected override SupervisorStrategy SupervisorStrategy() => Akka.Actor.SupervisorStrategy.StoppingStrategy;

    /// <summary>Asks the customer to end its chat (the command was cancelled).</summary>
    internal sealed record EndConversation(string Reason);
}

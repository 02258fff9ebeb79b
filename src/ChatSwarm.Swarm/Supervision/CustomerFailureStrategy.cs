using Akka.Actor;
using ChatSwarm.Swarm.Customers;

namespace ChatSwarm.Swarm.Supervision;

/// <summary>
/// The groups' strategy for their customers: every failure stops the incarnation (the group decides about the next one
/// from the customer's journal). Expected transient failures (5000/5001, transport faults) are counted in the metrics and
/// not logged; anything else is a defect and is logged at Error.
/// </summary>
internal sealed class CustomerFailureStrategy : OneForOneStrategy
{
    public CustomerFailureStrategy()
        : base(-1, -1, static _ => Directive.Stop, loggingEnabled: true)
    {
    }

    protected override void LogFailure(IActorContext context, IActorRef child, Exception cause, Directive directive)
    {
        if (cause is not TransientApiException)
        {
            base.LogFailure(context, child, cause, directive);
        }
    }
}

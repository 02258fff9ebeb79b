namespace ChatSwarm.Actors.Tests.Cell;

using ChatSwarm.Actors.TestKit;

public sealed class ChildrenTests : TestKit
{
    [Fact]
    public async Task Children_ManyStoppingConcurrentlyWhileParentQueries_ParentSurvivesAndSeesEveryTermination()
    {
        // Children remove themselves from the parent's map on their own threads while the parent handles their
        // Terminated and reads the map; the map may be dropped (emptied) between a check and a read.
        const int rounds = 20;
        const int perRound = 300;
        var parent = ActorOf(Props.Create(() => new Churner(perRound)), "churner");
        Watch(parent);

        for (var round = 0; round < rounds; round++)
        {
            parent.Tell(Churner.Churn.Instance, TestActor);
            var done = await ExpectMsgAsync<Churner.RoundDone>(timeout: TimeSpan.FromSeconds(20));
            Assert.Equal(perRound, done.Terminations);
            Assert.Equal(0, done.ChildrenLeft);
        }

        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));
    }

    private sealed class Churner : ReceiveActor
    {
        private readonly int _perRound;
        private int _terminations;
        private IActorRef _requester = ActorRefs.Nobody;

        public Churner(int perRound)
        {
            _perRound = perRound;
            Receive<Churn>(_ =>
            {
                _requester = Sender;
                _terminations = 0;
                var children = new List<IActorRef>(_perRound);
                for (var i = 0; i < _perRound; i++)
                {
                    children.Add(Context.Watch(Context.ActorOf(Props.Create(() => new Leaf()))));
                }

                foreach (var child in children)
                {
                    child.Tell(PoisonPill.Instance);
                }
            });
            Receive<Terminated>(t =>
            {
                _terminations++;
                _ = Context.Child(t.ActorRef.Path.Name);
                _ = Context.Children.Count();
                if (_terminations == _perRound)
                {
                    _requester.Tell(new RoundDone(_terminations, Context.Children.Count()));
                }
            });
        }

        public sealed class Churn
        {
            public static Churn Instance { get; } = new();
        }

        public sealed record RoundDone(int Terminations, int ChildrenLeft);
    }

    private sealed class Leaf : ReceiveActor
    {
        public Leaf() => ReceiveAny(_ => { });
    }
}

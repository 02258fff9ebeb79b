namespace ChatSwarm.Client.Http;

/// <summary>
/// A chat's poll URL and Authorization value, built by <paramref name="Client"/> on the chat's first poll and kept on its
/// <see cref="Models.ChatAddress"/>: a URI, its parse and two strings fewer on every later poll. Tagged with the client,
/// whose base address and app id they carry.
/// </summary>
internal sealed record PreparedPoll(MessagingHttpClient Client, Uri Address, string Authorization);

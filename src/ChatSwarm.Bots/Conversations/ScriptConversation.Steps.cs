using System.Globalization;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Runtime.Operations;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Client.Events;

namespace ChatSwarm.Bots.Conversations;

/// <summary>Running steps: each cursor runs its steps in order, stopping in waits until a timer or an event moves it on.</summary>
internal sealed partial class ScriptConversation
{
    private void Advance(StepCursor cursor)
    {
        while (!IsFinished && cursor.Blocked is null && cursor.Index < cursor.Steps.Count)
        {
            Execute(cursor, cursor.Steps[cursor.Index++]);
        }

        if (!IsFinished && cursor.Blocked is null && cursor.Index >= cursor.Steps.Count)
        {
            _cursors.Remove(cursor);
            if (cursor.IsMain)
            {
                Finish(true, "script finished", sendEnd: !_chatEnded);
            }
        }
    }

    private void Execute(StepCursor cursor, ScriptStep step)
    {
        switch (step)
        {
            case SayStep say:
                Say(say.Text.Render(this));
                break;
            case WaitStep wait:
                Block(cursor, step, Think(wait.Delay));
                break;
            case TypingStep typing:
                Send(new TypingEvent());
                Transcript("customer", "typing", "is typing");
                Block(cursor, step, Scale(typing.Duration.Sample(Random)));
                break;
            case ExpectStep expect:
                if (_inbox.Take(expect.Target, expect.Matches))
                {
                    Met(expect.Description);
                }
                else
                {
                    Block(cursor, step, expect.Timeout);
                }

                break;
            case CaptureStep capture:
                if (_parties.LastAgentMessage is { } last && capture.Extract(last) is { } value)
                {
                    Captured(capture, value);
                }
                else
                {
                    Block(cursor, step, capture.Timeout);
                }

                break;
            case SendFileStep file:
                Host.Enqueue(new SendFileOperation(file));
                Transcript("customer", "file", $"sends {file.FileType} {file.Source.FileName} ({FormatBytes(file.Source.Bytes)}, {file.Source.ContentType})");
                break;
            case LocationStep location:
                var url = location.Url?.Render(this);
                Send(new LocationEvent { Latitude = location.Latitude, Longitude = location.Longitude, Url = url });
                Transcript("customer", "location", string.Create(CultureInfo.InvariantCulture, $"shares location {location.Latitude}, {location.Longitude}{(url is null ? string.Empty : " " + url)}"));
                break;
            case NavigateStep navigate:
                var page = navigate.Page.Render(this);
                var title = navigate.Title?.Render(this);
                Send(new NavigationEvent { Page = page, Title = title });
                Transcript("customer", "navigation", title is null ? $"opens {page}" : $"opens {page} ({title})");
                break;
            case DisconnectStep disconnect:
                Send(new DisconnectEvent());
                Transcript("customer", "disconnect", disconnect.ExpectSurvey ? "disconnects and waits for the survey" : "disconnects");
                if (disconnect.ExpectSurvey)
                {
                    cursor.FormMark = _forms.Shown;
                    Block(cursor, step, disconnect.SurveyTimeout);
                }

                break;
            case EndStep:
                Transcript("customer", "end", "ends the chat");
                Finish(true, "script finished", sendEnd: !_chatEnded);
                break;
        }
    }

    private void Say(string text)
    {
        // Agent messages that came before this one answered something earlier; an expect after it waits for a reply to it.
        _inbox.ForgetMessages();
        Send(new MessageEvent { Msg = text });
        Host.Count(BotCounter.MessageSent);
        Transcript("customer", "message", text);
    }

    private void Block(StepCursor cursor, ScriptStep step, TimeSpan delay)
    {
        cursor.Blocked = step;
        cursor.Generation++;
        cursor.Timer = new CursorTimer(cursor, cursor.Generation);
        Host.StartTimer(cursor.Timer, delay);
    }

    private void Unblock(StepCursor cursor, bool cancelTimer)
    {
        if (cancelTimer && cursor.Timer is not null)
        {
            Host.CancelTimer(cursor.Timer);
        }

        cursor.Timer = null;
        cursor.Blocked = null;
        cursor.Generation++;
        Advance(cursor);
    }

    private void OnCursorTimer(StepCursor cursor)
    {
        switch (cursor.Blocked)
        {
            case WaitStep:
                Unblock(cursor, cancelTimer: false);
                break;
            case TypingStep:
                Send(new NotTypingEvent());
                Unblock(cursor, cancelTimer: false);
                break;
            case ExpectStep expect:
                Fail(cursor, $"expected {expect.Description} within {DurationParser.Format(expect.Timeout)} (line {expect.Line}), none came", expect.EndOnFailure);
                break;
            case CaptureStep capture:
                Fail(cursor, $"capture {capture.Name}: no agent message matched /{capture.Pattern}/ within {DurationParser.Format(capture.Timeout)} (line {capture.Line})", capture.EndOnFailure);
                break;
            case DisconnectStep disconnect:
                Fail(cursor, $"no survey form within {DurationParser.Format(disconnect.SurveyTimeout)} after disconnect (line {disconnect.Line})", disconnect.EndOnFailure);
                break;
        }
    }

    private void Fail(StepCursor cursor, string reason, bool endChat)
    {
        Host.Count(BotCounter.ExpectationFailed);
        Transcript("system", "expect_failed", reason);
        if (endChat)
        {
            Finish(false, reason, sendEnd: !_chatEnded);
        }
        else
        {
            Unblock(cursor, cancelTimer: false);
        }
    }

    private void Met(string description)
    {
        Host.Count(BotCounter.ExpectationMet);
        Transcript("system", "expect", $"got {description}");
    }

    private void Captured(CaptureStep capture, string value)
    {
        _memory.Store(capture.Name, value);
        Host.Count(BotCounter.ExpectationMet);
        Transcript("system", "capture", $"{capture.Name} = {value}");
    }

    /// <summary>Offers an arriving event to cursors waiting in expect/capture/disconnect; true when a message was consumed.</summary>
    private bool Offer(ExpectTarget kind, string? text)
    {
        if (_cursors.FindTaker(kind, text) is not { } taker)
        {
            _inbox.Remember(kind, text);
            return false;
        }

        if (taker.Blocked is CaptureStep capture)
        {
            Captured(capture, capture.Extract(text!)!);
        }
        else
        {
            Met(((ExpectStep)taker.Blocked!).Description);
        }

        Unblock(taker, cancelTimer: true);
        return kind == ExpectTarget.Message;
    }

    private void SurveyAnswered(int formNumber, string formName)
    {
        if (_cursors.FindSurveyWaiter(formNumber, formName) is { } cursor)
        {
            Met($"the survey form '{formName}'");
            Unblock(cursor, cancelTimer: true);
        }
    }

    private void FireHook(LifecycleHook hook)
    {
        Host.Count(hook.GetCounter());
        Transcript("system", "hook", hook.GetName());
        if (!IsFinished && _script.Hooks[(int)hook] is { Count: > 0 } steps)
        {
            var cursor = new StepCursor(steps, isMain: false);
            _cursors.Add(cursor);
            Advance(cursor);
        }
    }

    private void FireSessionCreated()
    {
        if (_milestones.ReachCreated())
        {
            FireHook(LifecycleHook.ChatSessionCreated);
        }
    }

    private void FireSessionStarted()
    {
        FireSessionCreated();
        if (_milestones.ReachStarted())
        {
            FireHook(LifecycleHook.ChatSessionStarted);
        }
    }

    private void EndFromOutside(string reason, bool serverEnded)
    {
        if (IsFinished || _host is null)
        {
            return;
        }

        _chatEnded = serverEnded;
        var completed = true;
        foreach (var cursor in _cursors.ToArray())
        {
            var pendingFailure = cursor.Blocked switch
            {
                ExpectStep { Target: ExpectTarget.Ended } e => Resolve(e.Description),
                ExpectStep e => $"expected {e.Description} (line {e.Line}), but {reason}",
                CaptureStep c => $"capture {c.Name} (line {c.Line}) got nothing before {reason}",
                DisconnectStep { ExpectSurvey: true } d => $"no survey form after disconnect (line {d.Line}) before {reason}",
                _ => null,
            };
            if (pendingFailure is not null)
            {
                Host.Count(BotCounter.ExpectationFailed);
                Transcript("system", "expect_failed", pendingFailure);
            }

            if (cursor.IsMain)
            {
                // Index already points past the step it waits in; only `end` steps left means nothing was cut short.
                completed = pendingFailure is null && OnlyEndsAfter(cursor);
            }
        }

        Finish(completed, completed ? $"script finished ({reason})" : $"{reason} before the script finished", sendEnd: false);

        string? Resolve(string description)
        {
            Met(description);
            return null;
        }
    }

    private static bool OnlyEndsAfter(StepCursor cursor)
    {
        for (int i = cursor.Index; i < cursor.Steps.Count; i++)
        {
            if (cursor.Steps[i] is not EndStep)
            {
                return false;
            }
        }

        return true;
    }

    private void Finish(bool completed, string reason, bool sendEnd)
    {
        if (IsFinished)
        {
            return;
        }

        IsFinished = true;
        foreach (var cursor in _cursors)
        {
            if (cursor.Timer is not null)
            {
                Host.CancelTimer(cursor.Timer);
            }
        }

        _cursors.Clear();
        if (completed)
        {
            Host.Count(BotCounter.ConversationCompleted);
        }

        FireHook(LifecycleHook.ChatSessionEnded);
        FireHook(LifecycleHook.ChatWindowClosed);
        Transcript("system", "outcome", completed ? $"completed: {reason}" : $"not completed: {reason}");
        Host.Finish(new BotOutcome(completed, reason, sendEnd));
    }

    private static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}

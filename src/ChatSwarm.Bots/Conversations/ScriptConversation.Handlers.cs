using System.Globalization;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Runtime.Operations;
using ChatSwarm.Bots.Scripting.Handlers;
using ChatSwarm.Bots.Scripting.Steps;
using ChatSwarm.Bots.Templating;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Client.Signaling;

namespace ChatSwarm.Bots.Conversations;

/// <summary>Handlers for server events, active for the whole chat, and the results of operations.</summary>
internal sealed partial class ScriptConversation
{
    private void Dispatch(ChatEvent e)
    {
        switch (e)
        {
            case MessageEvent m when _parties.IsFromAgent(m):
                OnAgentMessage(m);
                break;
            case FormShowEvent form:
                Transcript(AgentLabel, "form", $"shows form '{form.FormName}'");
                AnswerForm(form, _forms.CountShown());
                break;
            case SecureFormShowEvent secure:
                Transcript(AgentLabel, "secure_form", $"shows secure form '{secure.FormId}'");
                AnswerSecureForm(secure);
                break;
            case SecureFormCancelEvent cancel:
                Transcript(AgentLabel, "secure_form", $"cancels secure form request {cancel.FormRequestId}");
                break;
            case FileEvent file:
                Transcript(AgentLabel, "file", $"sends {file.FileType} {file.FileId}");
                Offer(ExpectTarget.File, null);
                if (_script.Files.Download)
                {
                    Host.Enqueue(new DownloadFileOperation(file.FileId));
                }

                break;
            case CaseSetEvent caseSet:
                Transcript("system", "case", $"case {caseSet.CaseId} set");
                Offer(ExpectTarget.CaseSet, null);
                if (_script.Case is { } handler)
                {
                    if (handler.History)
                    {
                        Host.Enqueue(new CaseHistoryOperation());
                    }

                    if (handler.Close)
                    {
                        Host.Enqueue(new CloseCaseOperation());
                    }
                }

                break;
            case TimeoutWarningEvent warning:
                Transcript("system", "timeout_warning", warning.Msg ?? "inactivity warning");
                Offer(ExpectTarget.TimeoutWarning, null);
                AnswerTimeoutWarning();
                break;
            case InactivityTimeoutEvent timeout:
                Transcript("system", "status", timeout.Msg ?? "inactivity timeout");
                EndFromOutside("the chat timed out for inactivity", serverEnded: true);
                break;
            case EndedEvent:
                Transcript("system", "status", "chat ended");
                EndFromOutside("the agent ended the chat", serverEnded: true);
                break;
            case StatusEvent status:
                OnStatus(status);
                break;
            case PartyJoinedEvent joined:
                OnPartyJoined(joined);
                break;
            case PartyLeftEvent left:
                Transcript("system", "status", left.PartyId == _parties.AgentPartyId ? $"{AgentLabel} left" : $"party {left.PartyId} left");
                break;
            case TypingEvent:
                Transcript(AgentLabel, "typing", "is typing");
                break;
            case NotTypingEvent:
                Transcript(AgentLabel, "typing", "stopped typing");
                break;
            case MessageDeliveredEvent delivered when Tracing:
                Transcript(AgentLabel, "receipt", $"delivered {delivered.RefMsgId}");
                break;
            case MessageReadEvent read when Tracing:
                Transcript(AgentLabel, "receipt", $"read {read.RefMsgId}");
                break;
            case SignalingEvent signaling:
                OnSignaling(signaling);
                break;
            case CobrowsingRequestedEvent:
                Send(new CobrowsingRejectedEvent());
                Transcript("customer", "cobrowsing", "rejects the co-browsing request");
                break;
            case LocationEvent location:
                Transcript(AgentLabel, "location", string.Create(CultureInfo.InvariantCulture, $"shares location {location.Latitude}, {location.Longitude}"));
                break;
            case UnknownEvent unknown:
                Transcript("system", "unknown", $"unknown event {unknown.Name}");
                break;
        }
    }

    private void OnAgentMessage(MessageEvent m)
    {
        Host.Count(BotCounter.MessageReceived);
        _parties.LastAgentMessage = m.Msg;
        Transcript(AgentLabel, "message", m.Msg);
        ScheduleReceipts(m.MsgId);
        if (!Offer(ExpectTarget.Message, m.Msg))
        {
            ReplyByRules(m.Msg);
        }
    }

    /// <summary>Schedules the reply of the first <c>on_message</c> rule matching <paramref name="text"/>, if any.</summary>
    private void ReplyByRules(string text)
    {
        foreach (var rule in _script.MessageRules)
        {
            if (rule.Matches(text))
            {
                var reply = rule.Reply;
                Later(Think(rule.Delay), c => c.Say(reply.Render(c)));
                return;
            }
        }
    }

    private void AnswerTimeoutWarning()
    {
        if (_script.TimeoutWarning.Reply is { } reply)
        {
            Later(Think(_script.TimeoutWarning.Delay), c => c.Say(reply.Render(c)));
        }
    }

    private void ScheduleReceipts(string? msgId)
    {
        if (_script.Receipts is not { } receipts || msgId is null)
        {
            return;
        }

        if (receipts.Delivered)
        {
            Later(Scale(receipts.DeliveredDelay.Sample(Random)), c =>
            {
                c.Send(new MessageDeliveredEvent { RefMsgId = msgId });
                if (c.Tracing)
                {
                    c.Transcript("customer", "receipt", $"delivered {msgId}");
                }

                if (receipts.Read)
                {
                    c.Later(c.Scale(receipts.ReadDelay.Sample(c.Random)), r => r.SendRead(msgId));
                }
            });
        }
        else if (receipts.Read)
        {
            Later(Scale(receipts.ReadDelay.Sample(Random)), c => c.SendRead(msgId));
        }
    }

    private void SendRead(string msgId)
    {
        Send(new MessageReadEvent { RefMsgId = msgId });
        if (Tracing)
        {
            Transcript("customer", "receipt", $"read {msgId}");
        }
    }

    /// <summary>Answers the <paramref name="formNumber"/>-th form shown in this chat after a think time.</summary>
    private void AnswerForm(FormShowEvent form, int formNumber)
    {
        var answer = _forms.AnswerFor(form);
        var delay = FormResponder.WithinFormTimeout(Think(answer.Delay), form.FormTimeout);
        Later(delay, c =>
        {
            var data = FormResponder.Render(answer, c);
            c.Send(new FormDataEvent { FormRequestId = form.FormRequestId, FormName = form.FormName, Data = data });
            c.Host.Count(BotCounter.FormAnswered);
            c.Transcript("customer", "form", $"answers form '{form.FormName}': {FormResponder.Describe(data)}");

            // An expect for a form is met once it is answered, so a script cannot end before its answer is sent.
            c.Offer(ExpectTarget.Form, null);
            c.SurveyAnswered(formNumber, form.FormName);
        });
    }

    private void AnswerSecureForm(SecureFormShowEvent form)
    {
        var answer = _forms.AnswerFor(form);
        Later(Think(answer.Delay), c =>
        {
            if (answer.Fill)
            {
                var data = FormResponder.Render(answer, c);
                c.Send(new SecureFormDataEvent { FormRequestId = form.FormRequestId, FormName = form.FormId, Data = data });
                c.Transcript("customer", "secure_form", $"fills secure form '{form.FormId}': {FormResponder.Describe(data)}");
            }
            else
            {
                c.Send(new SecureFormCancelEvent { FormRequestId = form.FormRequestId });
                c.Transcript("customer", "secure_form", $"cancels secure form '{form.FormId}'");
            }

            c.Host.Count(BotCounter.SecureFormAnswered);
            c.Offer(ExpectTarget.SecureForm, null);
        });
    }

    private void OnStatus(StatusEvent status)
    {
        if (Tracing)
        {
            Transcript("system", "status", status.Ewt is { } ewt ? $"{status.State.ToString().ToLowerInvariant()} (ewt {ewt}s)" : status.State.ToString().ToLowerInvariant());
        }

        switch (status.State)
        {
            case ChatState.Queued or ChatState.Connecting:
                FireSessionCreated();
                break;
            case ChatState.Connected:
                FireSessionStarted();
                break;
            case ChatState.Failed:
                EndFromOutside("the chat failed", serverEnded: true);
                break;
            case ChatState.Completed:
                EndFromOutside("the chat completed", serverEnded: true);
                break;
        }
    }

    private void OnPartyJoined(PartyJoinedEvent joined)
    {
        if (joined.Type == "scenario")
        {
            Transcript("system", "status", $"scenario {joined.DisplayName ?? joined.PartyId} joined");
            return;
        }

        _parties.Join(joined);
        Transcript("system", "status", $"{AgentLabel} joined");
        Offer(ExpectTarget.AgentJoined, null);
        FireSessionStarted();
    }

    private void OnSignaling(SignalingEvent signaling)
    {
        SignalingMessage? answer = signaling.Message switch
        {
            RequestCallSignal when _script.Calls == CallPolicy.Reject => new CallRejectedSignal { ReasonCode = "declined", Reason = "the customer does not take calls" },
            RequestCallSignal or OfferCallSignal => new EndCallSignal(),
            _ => null,
        };
        Transcript(AgentLabel, "call", $"signals {signaling.Message.Type}");
        if (answer is not null)
        {
            Send(new SignalingEvent { DestinationPartyId = _parties.AgentPartyId, Message = answer });
            Transcript("customer", "call", $"answers {answer.Type}");
        }
    }

    private void Later(TimeSpan delay, Action<ScriptConversation> action) => Host.StartTimer(new DelayedAction(action), delay);

    public void OnOperationCompleted(BotOperation operation, BotOperationResult result)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(result);
        switch (operation)
        {
            case SendFileOperation file:
                OnFileSent(file.Step, result);
                return;
            case DownloadFileOperation download:
                OnFileDownloaded(download, result);
                return;
            case CaseHistoryOperation when result.Succeeded:
                var sessions = (result.Value as CaseHistory)?.Sessions ?? [];
                Transcript("system", "case", $"case history: {sessions.Count} session(s), {sessions.Sum(s => s.Events.Count)} event(s)");
                return;
            case CloseCaseOperation when result.Succeeded:
                Transcript("customer", "case", "closed the case");
                return;
        }

        if (!result.Succeeded)
        {
            Transcript("system", "error", $"{operation.Description} failed: {result.Error}");
            if (result.Error!.Code == ApiErrorCode.ChatSessionNotFound)
            {
                EndFromOutside("the session was lost", serverEnded: true);
            }
        }
    }

    private void OnFileSent(SendFileStep step, BotOperationResult result)
    {
        if (step.ExpectError is { } expected)
        {
            if (!result.Succeeded && result.Error!.Code == expected)
            {
                Met($"upload of {step.Source.FileName} refused with {(int)expected} {expected.GetName()}");
            }
            else
            {
                Host.Count(BotCounter.ExpectationFailed);
                Transcript("system", "expect_failed", result.Succeeded
                    ? $"upload of {step.Source.FileName} succeeded, but {(int)expected} {expected.GetName()} was expected (line {step.Line})"
                    : $"upload of {step.Source.FileName} failed with {result.Error}, but {(int)expected} was expected (line {step.Line})");
            }

            return;
        }

        if (result.Succeeded)
        {
            Host.Count(BotCounter.FileSent);
            Transcript("customer", "file", $"{step.Source.FileName} uploaded as {result.Value}");
        }
        else
        {
            Transcript("system", "error", $"sending {step.Source.FileName} failed: {result.Error}");
        }
    }

    private void OnFileDownloaded(DownloadFileOperation download, BotOperationResult result)
    {
        if (!result.Succeeded || result.Value is not DownloadedFile file)
        {
            Host.Count(BotCounter.ExpectationFailed);
            Transcript("system", "expect_failed", $"download of file {download.FileId} failed: {result.Error}");
            return;
        }

        var rules = _script.Files;
        string? problem = null;
        if (file.DeclaredLength is { } declared && declared != file.Bytes)
        {
            problem = $"{file.Bytes} bytes read but Content-Length said {declared}";
        }
        else if (file.Bytes < rules.MinBytes)
        {
            problem = $"{file.Bytes} bytes, expected at least {rules.MinBytes}";
        }
        else if (rules.MaxBytes is { } max && file.Bytes > max)
        {
            problem = $"{file.Bytes} bytes, expected at most {max}";
        }

        if (problem is null)
        {
            Host.Count(BotCounter.FileReceived);
            Transcript("customer", "file", $"downloaded {file.FileName ?? download.FileId} ({FormatBytes(file.Bytes)}{(file.ContentType is null ? string.Empty : ", " + file.ContentType)})");
        }
        else
        {
            Host.Count(BotCounter.ExpectationFailed);
            Transcript("system", "expect_failed", $"file {download.FileId}: {problem}");
        }
    }
}

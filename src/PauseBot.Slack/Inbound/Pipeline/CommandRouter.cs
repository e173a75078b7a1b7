using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseBot.Slack.Diagnostics;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Slash commands: parse the form, route by command, answer within the ack budget with the handler's message, or with
/// "Working on it…" and post the handler's eventual message to <c>response_url</c>.
/// </summary>
internal sealed class CommandRouter(
    SlackHandlerRegistry registry, AckDeadlineRunner runner, IOptionsMonitor<SlackInboundOptions> options, SlackTelemetry telemetry,
    ILogger<CommandRouter> log)
{
    public async Task<SlackAck> RouteAsync(SlackHttpRequest request, CancellationToken ct)
    {
        if (!SlackAckMessages.IsForm(request.ContentType))
            throw new SlackPayloadException("expected application/x-www-form-urlencoded");
        var fields = FormBody.Parse(request.Body.Span);
        if (fields.GetValueOrDefault("ssl_check") == "1")
            return SlackAck.Ok;

        return await RouteAsync(SlashCommand.FromFields(fields), ct);
    }

    /// <summary>Routes a parsed, already-trusted command (HTTP after the signature check, or a Socket Mode envelope).</summary>
    public async Task<SlackAck> RouteAsync(SlashCommand command, CancellationToken ct)
    {
        Log.CommandReceived(log, command.TeamId, command.ChannelId, command.UserId, command.Command);
        using var activity = SlackTelemetry.Tracing.StartActivity("slack.command " + command.Command);
        activity?.SetTag("slack.command", command.Command);
        if (registry.FindCommand(command.Command) is not { } handlerType)
        {
            Log.CommandUnknown(log, command.Command);
            telemetry.CommandHandled(command.Command, "unknown_command");
            return SlackAck.Json(SlackAckMessages.UnknownCommand(command.Command));
        }

        var outcome = await runner.RunAsync(
            (services, token) => ((ISlashCommandHandler)services.GetRequiredService(handlerType)).HandleAsync(command, token),
            (services, late, token) => RespondLateAsync(services, command, late, token),
            ct);
        telemetry.CommandHandled(command.Command, outcome.IsLate ? "late" : outcome.Error is null ? "ok" : "error");
        if (outcome.IsLate)
        {
            Log.CommandSlow(log, command.Command);
            return SlackAck.Json(SlackResponse.Ephemeral(options.CurrentValue.WorkingOnItText));
        }
        if (outcome.Error is { } error)
        {
            Log.CommandHandlerFailed(log, error, command.Command);
            return SlackAck.Json(SlackAckMessages.Failure);
        }
        return outcome.Value is { } response ? SlackAck.Json(response) : SlackAck.Ok;
    }

    private async Task RespondLateAsync(IServiceProvider services, SlashCommand command, HandlerOutcome<SlackResponse?> outcome, CancellationToken ct)
    {
        if (outcome.Error is { } error)
            Log.CommandHandlerFailed(log, error, command.Command);
        var response = outcome.Error is null ? outcome.Value : SlackAckMessages.Failure;
        if (response is null) return;
        try
        {
            await services.GetRequiredService<IResponseUrlClient>().PostAsync(command.ResponseUrl, response, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            Log.ResponseUrlFailed(log, ex, command.Command);
        }
    }
}

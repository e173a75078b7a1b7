using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Outbox;
using PauseBot.Persistence.Integrations;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Features.Webhooks;

/// <summary>
/// POSTs one webhook outbox row, signed at send time (so the timestamp is fresh on every retry). A non-2xx answer,
/// a timeout or a refused connection throws, and the outbox retries with backoff; a receiver that has failed for
/// <see cref="PauseBotOptions.WebhookDisableAfter"/> is disabled, the admins get a DM, and the row is given up.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookStore webhooks, IUnitOfWork unitOfWork,
    IOptions<PauseBotOptions> options, TimeProvider time, ILogger<WebhookSender> log) : IOutboxDeliverer
{
    public const string ClientName = "pausebot-webhooks";

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        if (!int.TryParse(row.Target.AsSpan("webhook:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await webhooks.FindUntrackedAsync(id, ct) is not { } hook)
            throw new PermanentDeliveryException("webhook_removed");
        if (hook.DisabledAt is not null) throw new PermanentDeliveryException("webhook_disabled");

        var error = await PostAsync(hook, row, ct);
        if (error is null)
        {
            await webhooks.MarkSucceededAsync(id, ct);
            return new DeliveryResult.Sent(null, null);
        }
        var now = time.GetUtcNow();
        var failingSince = await webhooks.MarkFailedAsync(id, error, now, ct);
        if (now - failingSince < options.Value.WebhookDisableAfter)
            throw new HttpRequestException($"webhook {error}");
        if (await webhooks.DisableAsync(id, now, ct))
        {
            Log.WebhookDisabled(log, id, failingSince);
            await TellAdminsAsync(hook, failingSince, error, ct);
        }
        throw new PermanentDeliveryException("webhook_disabled");
    }

    private async Task<string?> PostAsync(WebhookSubscription hook, OutboxMessage row, CancellationToken ct)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url)
        {
            Content = new StringContent(row.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(hook.Secret, timestamp, row.Payload));
        request.Headers.Add(WebhookSignature.DeliveryHeader, row.Id.ToString());
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("PauseBot-Webhooks", "1.0"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.WebhookTimeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            return ex.HttpRequestError.ToString();
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return "timeout";
        }
    }

    private async Task TellAdminsAsync(WebhookSubscription hook, DateTimeOffset since, string error, CancellationToken ct)
    {
        var text = $"⚠️ I disabled webhook #{hook.Id} ({hook.Url}): every delivery has failed since "
                   + $"<!date^{since.ToUnixTimeSeconds()}^{{date_short_pretty}} {{time}}|{since:u}> (last: {error}). "
                   + $"Fix the receiver, then add it again with `/pausebot webhook add`.";
        var payload = new Shared.SlackMessage(text, [Slack.Blocks.Blocks.Section(text)]).ToPayload();
        foreach (var admin in options.Value.Admins)
            await unitOfWork.EnqueueAsync(OutboxIntent.Message(admin, OutboxKey.WebhookDisabled(hook.Id, admin), payload), ct);
        await unitOfWork.CommitAsync(ct); // a conflict: another run told them already
    }
}

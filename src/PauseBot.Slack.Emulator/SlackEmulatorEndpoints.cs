using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PauseBot.Slack.Emulator;

/// <summary>Maps the emulator onto any ASP.NET Core app (standalone emulator or the sandbox host).</summary>
public static class SlackEmulatorEndpoints
{
    /// <summary>
    /// Maps <c>GET|POST {prefix}/{method}</c> (Slack Web API), <c>POST {responseUrlPrefix}/{id}</c> (response URLs) and
    /// the Socket Mode WebSocket <c>GET {socketModePrefix}/link/?ticket=…</c> onto <paramref name="endpoints"/>, served from
    /// <paramref name="state"/>. The host must set <see cref="EmulatorState.BaseUrl"/> for response URLs and
    /// <c>apps.connections.open</c> to work.
    /// </summary>
    public static IEndpointConventionBuilder MapSlackEmulator(this IEndpointRouteBuilder endpoints, EmulatorState state,
        string prefix = "/api", string responseUrlPrefix = "/response", string socketModePrefix = "/socket-mode")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(state);
        prefix = "/" + prefix.Trim('/');
        responseUrlPrefix = "/" + responseUrlPrefix.Trim('/');
        state.ApiPrefix = prefix;
        state.ResponseUrlPrefix = responseUrlPrefix;
        socketModePrefix = "/" + socketModePrefix.Trim('/');
        state.SocketModePrefix = socketModePrefix;

        var group = endpoints.MapGroup("");
        group.MapMethods(prefix + "/{method}", [HttpMethods.Get, HttpMethods.Post],
            http => WebApiPipeline.HandleAsync(http, state, (string)http.Request.RouteValues["method"]!));
        group.MapPost(responseUrlPrefix + "/{id}",
            http => ResponseUrlHandler.HandleAsync(http, state, (string)http.Request.RouteValues["id"]!));
        group.MapGet(socketModePrefix + "/link", http => state.SocketMode.AcceptAsync(http));
        return group;
    }
}

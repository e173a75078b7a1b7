namespace PauseBot.Features.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The <c>/api/v1</c> endpoints' services and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static IServiceCollection AddPauseBotApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        services.AddSingleton<ExportLinks>();
        return services;
    }
}

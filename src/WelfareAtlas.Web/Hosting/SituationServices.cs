using WelfareAtlas.Web.Alerts;
using WelfareAtlas.Web.Forecasts;
using WelfareAtlas.Web.Situations;

namespace WelfareAtlas.Web.Hosting;

/// <summary>The services of forecasts, the situational picture and alerts.</summary>
internal static class SituationServices
{
    public static IServiceCollection AddSituationServices(this IServiceCollection services)
    {
        services.AddSingleton<ForecastService>();
        services.AddSingleton<SituationService>();
        services.AddOptions<AlertOptions>()
            .BindConfiguration(AlertOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AlertDelivery>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertDelivery>());
        return services;
    }
}

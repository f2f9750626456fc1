using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;
using WelfareAtlas.Localisation;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Areas;
using WelfareAtlas.Storage.Cells;
using WelfareAtlas.Web.Api;
using WelfareAtlas.Web.IndicatorData;
using WelfareAtlas.Web.Profiles;
using WelfareAtlas.Web.Reports;
using WelfareAtlas.Web.Security;

namespace WelfareAtlas.Web.Hosting;

/// <summary>
/// The one host builder of the product: <c>dotnet run --project src/WelfareAtlas.Web</c> and <c>atlas serve</c>
/// both build the app here, with the same options, services and endpoints.
/// </summary>
public static class AtlasWebApplication
{
    /// <summary>Builds the web app from command-line <paramref name="args"/> (<c>--store</c>, <c>--connection</c>, <c>--data-dir</c>, <c>--urls</c>, any ASP.NET setting).</summary>
    public static WebApplication Create(string[] args)
    {
        // The application name is this assembly's even when another process hosts the app (atlas serve, the
        // browser tests): Razor Pages are found through it.
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(AtlasWebApplication).Assembly.GetName().Name,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(AtlasConfiguration.DefaultUrl);
        }

        AddServices(builder.Services);
        builder.Services.AddAtlasSecurity(builder.Configuration, AtlasConfiguration.ResolveDataDirectory(builder.Configuration));
        builder.Services.AddAtlasRateLimiting();
        builder.Services.AddHostedService<EmbargoWatch>();
        builder.Services.AddSingleton<CellSnapshotWarmer>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<CellSnapshotWarmer>());
        WebApplication app = builder.Build();
        app.UseAtlasReverseProxy();
        MapEndpoints(app);
        return app;
    }

    private static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<StoreOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.Provider = AtlasConfiguration.ResolveProvider(configuration);
                options.Connection = AtlasConfiguration.ResolveConnection(configuration);
                options.DataDirectory = AtlasConfiguration.ResolveDataDirectory(configuration);
                options.LoadDemo = configuration.GetValue($"{StoreOptions.Section}:{nameof(StoreOptions.LoadDemo)}", true);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The store opens (and on first start is created and loaded with Helsinki's areas) when the host
        // starts, before the server accepts requests; see StoreWarmup.
        services.AddSingleton(provider =>
        {
            StoreOptions options = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
            ILogger logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("WelfareAtlas.Store");
            (AtlasStore store, bool created) = StoreStartup
                .OpenOrCreateAsync(options.ToLocation(), provider.GetRequiredService<TimeProvider>(), options.LoadDemo, CancellationToken.None)
                .GetAwaiter()
                .GetResult();
            StoreLog.Opened(logger, store.ToString(), created);
            return store;
        });
        services.AddHostedService<StoreWarmup>();
        services.AddTransient(provider => new AreaRepository(provider.GetRequiredService<AtlasStore>().DataSource));
        services.AddSingleton(provider => AtlasCatalogue.LoadAsync(provider.GetRequiredService<AtlasStore>()).GetAwaiter().GetResult());
        services.AddSingleton(provider => new CellAvailabilityCache(provider.GetRequiredService<AtlasStore>().DataSource));
        services.AddSingleton(provider => new CellSnapshot(provider.GetRequiredService<AtlasStore>().DataSource));
        services.AddSingleton<AreaProfileService>();
        services.AddSingleton<IndicatorDataService>();
        services.AddSingleton<Exports.ExportService>();
        services.AddSingleton<ReportService>();
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section);
        services.AddSingleton<PdfPrinter>();
        services.AddSituationServices();

        // Pages are UTF-8: write å, ä and ö as they are, not as character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // A request the framework cannot bind (a query value that is not a number or a time) is the client's error:
        // 400 with the framework's message, which names the parameter and the value; any other exception stays 500
        // without details.
        // The framework throws only in Development unless told to; elsewhere it would answer a bare 400 naming nothing.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Detail = bad.Message;
                // A JSON body that does not read: the field, as the body's own checks name theirs (email, language, …).
                if (bad.InnerException is System.Text.Json.JsonException { Path: { Length: > 2 } path } && path.StartsWith("$.", StringComparison.Ordinal))
                {
                    context.ProblemDetails.Extensions["field"] = path[2..];
                }
            }
        });
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Welfare Atlas API";
                document.Info.Description = "Regional welfare profiles of Helsinki's areas: areas and boundaries, profiles, indicators and their data, "
                    + "exports, forecasts, the situation overview, alerts and imports. Errors are RFC 9457 problem details.";
                document.Servers?.Clear();
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(RateLimitDocumentation.AddTooManyRequests);
        });
        // Pages are open to everyone: what they show is decided by RequestAudience, not by who may open them.
        services.AddRazorPages(options => options.Conventions.AllowAnonymousToFolder("/"));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.WriteIndented = false);
    }

    /// <summary>The display name of the endpoint ASP.NET Core's routing answers 405 with (<c>HttpMethodMatcherPolicy</c>; not public).</summary>
    private const string MethodNotAllowedEndpoint = "405 HTTP Method Not Supported";

    /// <summary>How a request's exception is answered: with problem details, or re-executed at <paramref name="page"/>.</summary>
    private static ExceptionHandlerOptions ExceptionHandling(string? page) => new()
    {
        ExceptionHandlingPath = page is null ? default(PathString) : new PathString(page),
        StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        // A request that does not bind is the client's error, answered with its problem details: not an error to log.
        SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
    };

    private static void MapEndpoints(WebApplication app)
    {
        app.UseExceptionHandler(ExceptionHandling(null));
        // A page's failure (an address under a language: pages and the reports) is answered with the error page in that
        // language, which a browser shows as a page; the API's keep their problem details.
        app.UseWhen(
            context => LanguageCodes.All.Any(language => context.Request.Path.StartsWithSegments($"/{language.ToCode()}", StringComparison.Ordinal)),
            pages => pages.UseExceptionHandler(ExceptionHandling("/error")));
        app.UseStatusCodePages();
        app.UseAtlasStaticAssets();
        app.UseRouting();
        // A path no endpoint maps is 404 for everyone: the fallback policy below would otherwise ask to sign in.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.Use(async (context, next) =>
        {
            // Every read of cells kept in memory in this request checks the newest compute run once, and sees that run.
            using IDisposable runCheck = ComputeRunCheck.BeginScope();
            await next(context);
        });
        app.UseRateLimiter();
        // A method a mapped path does not take is 405 with its Allow header for everyone (counted by the rate limit):
        // routing answers it with an endpoint of its own, which the fallback policy would otherwise close, so a HEAD or
        // POST on a public path asked anonymous callers to sign in. On a closed path it is 405 rather than 401 too; the
        // methods a path takes are in the public OpenAPI document anyway.
        app.Use((context, next) =>
            context.GetEndpoint() is { DisplayName: MethodNotAllowedEndpoint, RequestDelegate: { } answer } ? answer(context) : next(context));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAnalystAccessAudit();

        // Every endpoint is closed by the fallback policy (analysts and above) unless opened here or given a policy.
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => Results.Redirect($"/{PreferredLanguage(context).ToCode()}", permanent: false))
            .ExcludeFromDescription()
            .AllowAnonymous();
        app.MapRazorPages();
        RouteGroupBuilder open = app.MapGroup(string.Empty).AllowAnonymous();
        open.MapAreasApi();
        open.MapProfilesApi();
        open.MapIndicatorsApi();
        open.MapExportsApi();
        open.MapReports();
        open.MapForecastsApi();
        open.MapSituationApi();
        open.MapAlertsApi();
        app.MapImportApi();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
    }

    /// <summary>The first of Finnish, Swedish and English in the browser's Accept-Language; Finnish otherwise.</summary>
    private static Language PreferredLanguage(HttpContext context)
    {
        IEnumerable<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1.0);
        foreach (Microsoft.Net.Http.Headers.StringWithQualityHeaderValue value in accepted)
        {
            string tag = value.Value.Value ?? string.Empty;
            if (LanguageCodes.TryParse(tag.Split('-')[0], out Language language))
            {
                return language;
            }
        }

        return Language.Finnish;
    }
}

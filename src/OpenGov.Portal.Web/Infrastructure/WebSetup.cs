using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using OpenGov.Portal.Data;
using Serilog;

namespace OpenGov.Portal.Infrastructure;

public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        // Chinese text goes out as UTF-8 characters, not &#x…; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
        });

        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("zh-CN");
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);

        services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add<WorkflowExceptionFilter>();
            o.Filters.Add<UnparsableCheckboxFilter>();
            o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "此项为必填项");
            o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((v, _) => $"“{v}”不是有效的值");
            o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(v => $"“{v}”不是有效的值");
            o.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "此项为必填项");
            o.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(_ => "输入的值无效");
            o.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "请输入数字");
            o.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"“{v}”不是有效的值");
            o.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "输入的值无效");
            o.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "请输入数字");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "og.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });

        services.AddPortalRateLimiting(configuration);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = configuration.GetValue("Security:MaxRequestBodyMB", 30) * 1024L * 1024L;
            o.AddServerHeader = false;
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
        {
            o.ValueLengthLimit = 1024 * 1024;
            // Sized for the largest legitimate form: a 300-step power flow posts about 2,500 fields
            // (RequestTextGuard reads every form with these options before routing, so per-action limits cannot raise it).
            o.ValueCountLimit = 4096;
            o.MultipartBodyLengthLimit = configuration.GetValue("Security:MaxRequestBodyMB", 30) * 1024L * 1024L;
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = configuration.GetValue("Proxy:ForwardLimit", 1);
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            foreach (var network in configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database", tags: ["ready"])
            .AddCheck<ReadReplicaHealthCheck>("read-replica", tags: ["ready"]);
        services.AddResponseCompression(o => o.EnableForHttps = true);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<SiteChrome>();
        services.AddScoped<StaffAudit>();
        return services;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (app.Configuration.GetValue("Proxy:Enabled", false)) app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler("/error/500");
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        app.UseMiddleware<RequestTextGuard>();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public,max-age=86400",
        });
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<StaffAccountPolicy>();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapControllerRoute("areas", "{area:exists}/{controller=Dashboard}/{action=Index}/{id?}");
        app.MapControllers();
        return app;
    }
}

using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OpenGov.Portal.Data;

namespace OpenGov.Portal.Infrastructure;

public static class WorkflowSetup
{
    /// <summary>The publication workflow's back office: body sanitizer, attachments, scheduled publishing, audit log access.</summary>
    public static IServiceCollection AddPublishingWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BodySanitizer>();
        services.Configure<AttachmentOptions>(configuration.GetSection("Attachments"));
        services.AddOptions<FormOptions>().Configure<IOptions<AttachmentOptions>>((form, attachments) =>
            form.MultipartBodyLengthLimit = Math.Max(form.MultipartBodyLengthLimit, attachments.Value.MaxBytes + UploadSizeLimitAttribute.Overhead));
        services.AddScoped<AttachmentStore>();
        services.Configure<ScheduledPublisherOptions>(configuration.GetSection("Publishing:Scheduler"));
        services.AddScoped<DueEditionPublisher>();
        services.AddHostedService<ScheduledPublisher>();
        return services;
    }
}

using OpenGov.Portal.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();
builder.Services.AddPortalData(builder.Configuration);
builder.Services.AddPortalIdentity(builder.Configuration);
builder.Services.AddPortalWeb(builder.Configuration, builder.Environment);
builder.Services.AddBudgets();
builder.Services.AddParticipation(builder.Configuration);
builder.Services.AddPublicSite(builder.Configuration);
builder.Services.AddReporting(builder.Configuration);
builder.Services.AddPublishingWorkflow(builder.Configuration);

var app = builder.Build();

if (!await app.PrepareDatabaseAsync())
{
    await Log.CloseAndFlushAsync();
    return 2;
}

app.UsePortalPipeline();
app.UsePublicSite();
app.MapPortalEndpoints();

await app.RunAsync();
await Log.CloseAndFlushAsync();
return 0;

public partial class Program;

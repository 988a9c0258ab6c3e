using OpenGov.Portal.Data;

namespace OpenGov.Portal.Infrastructure;

public static class BudgetsSetup
{
    public static IServiceCollection AddBudgets(this IServiceCollection services)
    {
        services.AddScoped<BudgetImporter>();
        services.AddScoped<BudgetDrafts>();
        services.AddScoped<BudgetUploadLimitFilter>();
        services.AddSingleton<BudgetImportPayload>();
        return services;
    }
}

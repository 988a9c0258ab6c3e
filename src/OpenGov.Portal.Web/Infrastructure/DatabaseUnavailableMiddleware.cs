using System.Net.Sockets;
using Npgsql;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// When PostgreSQL is unreachable, answer a styled 503 (the status-code page re-executes) instead of
/// the generic 500; Npgsql reconnects by itself when the server is back.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsDatabaseUnavailable(ex) && !context.Response.HasStarted)
        {
            log.LogError("Database unavailable for {Path}: {Reason}", context.Request.Path.Value, Innermost(ex).Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
        }
    }

    public static bool IsDatabaseUnavailable(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException) return true;
            if (e is PostgresException pg && (pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03"))
                return true;
        }
        return false;
    }

    static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }
}

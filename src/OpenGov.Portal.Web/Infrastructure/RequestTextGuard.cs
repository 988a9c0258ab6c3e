using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace OpenGov.Portal.Infrastructure;

/// <summary>
/// Refuses (400) a query string or form holding a NUL character or bytes that are not valid UTF-8.
/// PostgreSQL cannot store NUL in text and ASP.NET would quietly pass malformed escapes on, so both
/// are stopped here, before any controller. File parts of multipart forms are binary and not inspected.
/// </summary>
public sealed class RequestTextGuard(RequestDelegate next, IOptions<FormOptions> formOptions)
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/error"))
        {
            await next(context);
            return;
        }
        if (!IsCleanUrlEncoded(Encoding.ASCII.GetBytes(request.QueryString.Value ?? "")) || HasBadText([request.Path.Value]))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // A body larger than any form reader accepts is left to the endpoint: it cannot be read as a form
        // anyway, and an upload action can then refuse it with its own message (budget imports do).
        if (request.HasFormContentType && !(request.ContentLength > formOptions.Value.MultipartBodyLengthLimit))
        {
            try
            {
                if (request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
                {
                    request.EnableBuffering();
                    using var buffer = new MemoryStream();
                    await request.Body.CopyToAsync(buffer, context.RequestAborted);
                    request.Body.Position = 0;
                    if (!IsCleanUrlEncoded(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
                    {
                        Refuse(context);
                        return;
                    }
                }
                var form = await request.ReadFormAsync(context.RequestAborted);
                if (HasBadText(form.SelectMany(f => f.Value.Append(f.Key))))
                {
                    Refuse(context);
                    return;
                }
            }
            catch (BadHttpRequestException ex)
            {
                Refuse(context, ex.StatusCode);
                return;
            }
            catch (InvalidDataException)
            {
                Refuse(context);
                return;
            }
        }
        await next(context);
    }

    /// <summary>400, and the refused body is dropped so the re-executed error page does not parse it again.</summary>
    static void Refuse(HttpContext context, int status = StatusCodes.Status400BadRequest)
    {
        context.Request.Body = Stream.Null;
        context.Request.ContentType = null;
        context.Request.ContentLength = 0;
        context.Request.Form = FormCollection.Empty;
        context.Response.StatusCode = status;
    }

    /// <summary>Whether application/x-www-form-urlencoded text decodes to valid UTF-8 without NUL.</summary>
    public static bool IsCleanUrlEncoded(ReadOnlySpan<byte> encoded)
    {
        var decoded = new byte[encoded.Length];
        var n = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == '%' && i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                b = (byte)(Hex(encoded[i + 1]) * 16 + Hex(encoded[i + 2]));
                i += 2;
            }
            else if (b == '+')
            {
                b = (byte)' ';
            }
            if (b == 0) return false;
            decoded[n++] = b;
        }
        try
        {
            StrictUtf8.GetCharCount(decoded, 0, n);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    static bool IsHex(byte c) => c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    static int Hex(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    static bool HasBadText(IEnumerable<string?> values) =>
        values.Any(v => v is not null && (v.Contains('\0', StringComparison.Ordinal) || v.Contains('\uFFFD', StringComparison.Ordinal)));
}

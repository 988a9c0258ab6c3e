using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OpenGov.Portal.Infrastructure;

public static class TempDataExtensions
{
    public const string SuccessKey = "og.success";
    public const string ErrorKey = "og.error";

    public static void Success(this ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;

    public static void Error(this ITempDataDictionary tempData, string message) => tempData[ErrorKey] = message;
}

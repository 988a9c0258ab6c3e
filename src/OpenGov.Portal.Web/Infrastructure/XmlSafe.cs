using System.Text;
using System.Xml;

namespace OpenGov.Portal.Infrastructure;

/// <summary>Text fit for an XML document: characters XML 1.0 forbids (most control characters) are dropped.</summary>
public static class XmlSafe
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.All(XmlConvert.IsXmlChar) && !text.Any(char.IsSurrogate)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); }
            else if (XmlConvert.IsXmlChar(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>For writing straight to a response body: asynchronous methods only (Kestrel refuses synchronous I/O).</summary>
    public static XmlWriterSettings AsyncSettings { get; } = new() { Async = true, Encoding = new UTF8Encoding(false) };

    /// <summary>For writing into a memory buffer.</summary>
    public static XmlWriterSettings BufferSettings { get; } = new() { Encoding = new UTF8Encoding(false) };
}

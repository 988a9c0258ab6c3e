namespace OpenGov.Portal.Infrastructure;

/// <summary>Settings of attachment uploads (section "Attachments").</summary>
public sealed class AttachmentOptions
{
    public int MaxSizeMegabytes { get; set; } = 20;

    public long MaxBytes => MaxSizeMegabytes * 1024L * 1024L;

    public string TooLargeMessage => $"文件过大:单个附件不能超过 {MaxSizeMegabytes} MB";
}

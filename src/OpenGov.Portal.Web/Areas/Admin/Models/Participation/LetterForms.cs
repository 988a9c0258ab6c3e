namespace OpenGov.Portal.Areas.Admin.Models.Participation;

public sealed class AssignForm
{
    public int? DepartmentId { get; set; }
}

public sealed class ReplyForm
{
    public string? Text { get; set; }
}

public sealed class ReasonForm
{
    public string? Reason { get; set; }
}

/// <summary>The reviewer's version of the letter for the public list (personal details the writer typed can be removed).</summary>
public sealed class PublishReplyForm
{
    public string? PublicSubject { get; set; }
    public string? PublicBody { get; set; }
    public string? Note { get; set; }
}

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>What an author writes on a document: content and catalogue metadata.</summary>
public sealed class EditionForm
{
    /// <summary>The kinds drafted with this form; budgets, power items and the rest have editors of their own.</summary>
    public static readonly IReadOnlyList<PublicationKind> DraftableKinds = [PublicationKind.Article, PublicationKind.PolicyDocument, PublicationKind.Interpretation];

    public PublicationKind Kind { get; set; } = PublicationKind.Article;
    public int? ColumnId { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Topic { get; set; }
    public DateOnly? CreatedOn { get; set; }
    public Validity Validity { get; set; } = Validity.Valid;
    public DisclosureMode DisclosureMode { get; set; } = DisclosureMode.Proactive;
    public int? InterpretsId { get; set; }
    public string? ChangeNote { get; set; }
    public uint Version { get; set; }

    /// <summary>A new edition of a published document: needs a change note; kind and column stay as published.</summary>
    [BindNever] public bool IsRevision { get; set; }

    /// <summary>Kind and column are fixed once the document exists.</summary>
    [BindNever] public bool IsExisting { get; set; }

    [BindNever] public string? Heading { get; set; }
    [BindNever] public string? Action { get; set; }
    [BindNever] public string? CancelHref { get; set; }
    [BindNever] public IReadOnlyList<SelectListItem> Columns { get; set; } = [];
    [BindNever] public IReadOnlyList<SelectListItem> Policies { get; set; } = [];

    public EditionContent ToContent(string cleanBody) =>
        new(Title!, Summary, cleanBody, DocumentNumber, Topic, CreatedOn!.Value, Validity, DisclosureMode, ChangeNote);

    public static EditionForm From(Edition e) => new()
    {
        Kind = e.Publication.Kind, ColumnId = e.Publication.ColumnId, InterpretsId = e.Publication.InterpretsId,
        Title = e.Title, Summary = e.Summary, Body = e.BodyHtml, DocumentNumber = e.DocumentNumber, Topic = e.Topic,
        CreatedOn = e.CreatedOn, Validity = e.Validity, DisclosureMode = e.DisclosureMode, ChangeNote = e.ChangeNote, Version = e.Version,
    };
}

using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Areas.Admin.Models.Participation;

public sealed record SurveyAdminRow(int PublicationId, int EditionId, string Title, EditionStatus Status, DateOnly OpensOn, DateOnly ClosesOn,
    string Department, int Responses, bool IsPublic);

public sealed record SurveyEditPage(int EditionId, int PublicationId, string Title, EditionStatus Status, bool Editable, bool IsPublic,
    Survey Survey, SurveyForm Details, QuestionForm Question, string? ReturnReason);

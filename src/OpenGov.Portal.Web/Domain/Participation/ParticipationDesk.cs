using OpenGov.Portal.Domain.Publishing;

namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// Who may do what with letters and applications. The coordinating department (综合协调处, the 政务公开办)
/// triages and assigns; the information officers (Authors) of the assigned department reply and handle;
/// a confidentiality Reviewer who did not write the reply releases it for publication; a Leader approves
/// an extension of an application's deadline. The Administrator maintains the calendar and blocked words.
/// </summary>
public sealed record ParticipationDesk(int CoordinatingDepartmentId)
{
    public bool IsCoordinator(Actor actor) => actor.IsIn(Roles.Author) && actor.DepartmentId == CoordinatingDepartmentId;

    public static bool IsHandler(Actor actor, int? departmentId) =>
        actor.IsIn(Roles.Author) && departmentId is not null && actor.DepartmentId == departmentId;

    /// <summary>May see a case's full personal data (on its detail page, audited).</summary>
    public bool MaySeePersonalData(Actor actor, int? departmentId) => IsCoordinator(actor) || IsHandler(actor, departmentId);

    public void RequireCoordinator(Actor actor)
    {
        if (!IsCoordinator(actor)) throw new WorkflowException("只有综合协调处(政务公开办)的信息员可以分办");
    }

    public static void RequireHandler(Actor actor, int? departmentId)
    {
        if (departmentId is null) throw new WorkflowException("尚未分办到处室,请先分办");
        if (!IsHandler(actor, departmentId)) throw new WorkflowException("只有承办处室的信息员可以办理");
    }
}

namespace OpenGov.Portal.Domain.Publishing;

public static class ActionNames
{
    public static string Of(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "提交审查",
        WorkflowAction.PassReview => "审查通过",
        WorkflowAction.Return => "退回",
        WorkflowAction.MarkClassified => "标记涉密/不予公开",
        WorkflowAction.Publish => "发布",
        WorkflowAction.Schedule => "定时发布",
        WorkflowAction.Withdraw => "撤回",
        WorkflowAction.Supersede => "被新版本替代",
        _ => action.ToString(),
    };
}

namespace OpenGov.Portal.Areas.Admin.Models;

/// <summary>Chinese names of the audited actions; actions added later show their code.</summary>
public static class AuditActionNames
{
    static readonly Dictionary<string, string> Names = new()
    {
        ["edition.create"] = "创建草稿",
        ["edition.edit"] = "修改",
        ["edition.submit"] = "提交审查",
        ["edition.passreview"] = "审查通过(不涉密)",
        ["edition.return"] = "退回",
        ["edition.markclassified"] = "标记涉密/不予公开",
        ["edition.publish"] = "发布",
        ["edition.schedule"] = "定时发布",
        ["edition.withdraw"] = "撤回",
        ["edition.supersede"] = "被新版本替代",
        ["attachment.upload"] = "上传附件",
        ["attachment.delete"] = "删除附件",
        ["login.succeeded"] = "登录成功",
        ["login.failed"] = "登录失败",
        ["login.lockedout"] = "账户锁定",
        ["role.grant"] = "授予角色",
        ["role.revoke"] = "撤销角色",
        ["audit.export"] = "导出审计日志",
        ["audit.verify"] = "校验审计链",
    };

    public static string Of(string action) => Names.TryGetValue(action, out var name) ? name : action;
}

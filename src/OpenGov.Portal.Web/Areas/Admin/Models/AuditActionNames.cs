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
        ["password.changed"] = "修改密码",
        ["user.create"] = "创建用户",
        ["user.roles"] = "变更角色或处室",
        ["user.enable"] = "启用账户",
        ["user.disable"] = "停用账户",
        ["user.reset-credentials"] = "重置密码和两步验证",
        ["audit.export"] = "导出审计日志",
        ["audit.verify"] = "校验审计链",
    };

    public static string Of(string action) => Names.TryGetValue(action, out var name) ? name : action;
}

using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenGov.Portal.Domain.Participation;
using OpenGov.Portal.Domain.Reporting;

namespace OpenGov.Portal.Data;

/// <summary>
/// Workflow, catalogue, feedback and application statistics for a range of China dates, as report tables
/// (rendered as HTML tables, charts and CSV). Workflow actions are counted from the audit records of editions.
/// </summary>
public sealed class StatisticsQuery(PortalDbContext db, DisclosureCountsQuery applications)
{
    static readonly (string Action, string Name)[] Actions =
    [
        ("drafted", "起草"), ("edition.submit", "提交"), ("edition.return", "退回"), ("edition.markclassified", "涉密/不予公开"),
        ("edition.publish", "发布"), ("edition.withdraw", "撤回"),
    ];

    public sealed record Result(ReportingPeriod Period, IReadOnlyList<ReportTable> Tables);

    public async Task<Result> RunAsync(ReportingPeriod p, CancellationToken ct = default)
    {
        var activity = await ActivityAsync(p, ct);
        var tables = new List<ReportTable>
        {
            Activity("by-department", "按处室统计的信息办理情况", "处室", activity, a => a.Department),
            Activity("by-column", "按栏目统计的信息办理情况", "栏目", activity, a => a.Column),
            Activity("by-month", "按月份统计的信息办理情况", "月份", activity, a => a.Month),
            await SummaryAsync(p, activity, ct),
        };
        tables.AddRange(await ApplicationTablesAsync(p, ct));
        return new(p, tables);
    }

    sealed record Act(string Action, string Department, string Column, string Month);

    async Task<List<Act>> ActivityAsync(ReportingPeriod p, CancellationToken ct)
    {
        var keys = Actions.Select(a => a.Action).ToList();
        var audited = await db.AuditRecords.AsNoTracking()
            .Where(a => a.EntityType == "Edition" && a.OccurredAt >= p.Start && a.OccurredAt < p.End && keys.Contains(a.Action) && a.EntityId != null)
            .Select(a => new { a.Action, a.EntityId, a.OccurredAt }).ToListAsync(ct);
        var drafted = await db.Editions.AsNoTracking().Where(e => e.CreatedAt >= p.Start && e.CreatedAt < p.End)
            .Select(e => new { e.Id, e.CreatedAt }).ToListAsync(ct);
        var ids = audited.Select(a => int.Parse(a.EntityId!, CultureInfo.InvariantCulture)).Concat(drafted.Select(d => d.Id)).Distinct().ToList();
        var where = await (from e in db.Editions.AsNoTracking()
                           join pub in db.Publications on e.PublicationId equals pub.Id
                           join d in db.Departments on pub.DepartmentId equals d.Id
                           join c in db.Columns on pub.ColumnId equals c.Id
                           where ids.Contains(e.Id)
                           select new { e.Id, Department = d.Name, Column = c.Name }).ToDictionaryAsync(x => x.Id, ct);
        string Month(DateTimeOffset at) => Infrastructure.Cst.ToCst(at).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return audited.Select(a => (a.Action, Id: int.Parse(a.EntityId!, CultureInfo.InvariantCulture), a.OccurredAt))
            .Concat(drafted.Select(d => ("drafted", d.Id, d.CreatedAt)))
            .Where(a => where.ContainsKey(a.Item2))
            .Select(a => new Act(a.Item1, where[a.Item2].Department, where[a.Item2].Column, Month(a.Item3)))
            .ToList();
    }

    static ReportTable Activity(string key, string caption, string rowHeader, List<Act> acts, Func<Act, string> by)
    {
        var rows = acts.GroupBy(by).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportRow(g.Key, Actions.Select(a => new ReportCell($"{key}.{g.Key}.{a.Action}", g.Count(x => x.Action == a.Action))).ToList()))
            .ToList();
        rows.Add(new("合计", Actions.Select(a => new ReportCell($"{key}.total.{a.Action}", acts.Count(x => x.Action == a.Action), Total: true)).ToList()));
        return new(key, caption, rowHeader, Actions.Select(a => a.Name).ToList(), rows);
    }

    async Task<ReportTable> SummaryAsync(ReportingPeriod p, List<Act> acts, CancellationToken ct)
    {
        var submitted = acts.Count(a => a.Action == "edition.submit");
        var published = acts.Count(a => a.Action == "edition.publish");
        var adoption = submitted == 0 ? 0 : Math.Round(100m * published / submitted, 1);
        var review = await PercentilesAsync("SELECT extract(epoch FROM reviewed_at - submitted_at) / 3600 FROM editions WHERE reviewed_at >= @s AND reviewed_at < @e AND submitted_at IS NOT NULL", p, ct);
        var signOff = await PercentilesAsync("SELECT extract(epoch FROM signed_off_at - reviewed_at) / 3600 FROM editions WHERE signed_off_at >= @s AND signed_off_at < @e AND reviewed_at IS NOT NULL", p, ct);
        var reply = await PercentilesAsync("SELECT extract(epoch FROM replied_at - received_at) / 3600 FROM feedback_letters WHERE replied_at >= @s AND replied_at < @e", p, ct);
        var catalogue = await db.Publications.CountAsync(x => x.IndexNumber != null && x.PublishedAt >= p.Start && x.PublishedAt < p.End, ct);
        var received = await db.FeedbackLetters.CountAsync(l => l.ReceivedAt >= p.Start && l.ReceivedAt < p.End, ct);
        var replied = await db.FeedbackLetters.CountAsync(l => l.RepliedAt >= p.Start && l.RepliedAt < p.End, ct);
        ReportRow Row(string label, string key, decimal value) => new(label, [new ReportCell("summary." + key, value)]);
        return new("summary", "主要指标", "指标", ["数值"],
        [
            Row("提交送审(件次)", "submitted", submitted), Row("发布(件次)", "published", published), Row("采用率(发布÷提交,%)", "adoption", adoption),
            Row("保密审查用时中位数(小时)", "review-median", review.Median), Row("保密审查用时90%分位(小时)", "review-p90", review.P90),
            Row("领导签发用时中位数(小时)", "signoff-median", signOff.Median), Row("领导签发用时90%分位(小时)", "signoff-p90", signOff.P90),
            Row("新增公开目录条目(条)", "catalogue", catalogue),
            Row("收到留言(件)", "feedback-received", received), Row("答复留言(件)", "feedback-replied", replied),
            Row("留言首次答复用时中位数(小时)", "feedback-median", reply.Median),
        ]);
    }

    /// <summary>Median and 90th percentile (PostgreSQL percentile_cont) of the hours the inner query yields; 0 when there are none.</summary>
    async Task<(decimal Median, decimal P90)> PercentilesAsync(string inner, ReportingPeriod p, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY h), percentile_cont(0.9) WITHIN GROUP (ORDER BY h) FROM ({inner}) AS t(h)";
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, "s", p.Start);
            Add(command, "e", p.End);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            decimal Value(int i) => reader.IsDBNull(i) ? 0 : Math.Round(Convert.ToDecimal(reader.GetValue(i), CultureInfo.InvariantCulture), 1);
            return (Value(0), Value(1));
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    static void Add(DbCommand command, string name, DateTimeOffset value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    async Task<IEnumerable<ReportTable>> ApplicationTablesAsync(ReportingPeriod p, CancellationToken ct)
    {
        var c = await applications.CountAsync(p.From, p.To, ct);
        var categories = Enum.GetValues<OutcomeCategory>();
        var byOutcome = new ReportTable("applications-outcome", "依申请公开办理结果", "办理结果", ["件数"],
            [.. categories.Select(k => new ReportRow(DisclosureOutcomes.NameOf(k), [new ReportCell($"applications-outcome.{k}", c.Count(k))])),
             new ReportRow("合计", [new ReportCell("applications-outcome.total", c.Handled(), Total: true)])]);
        var byApplicant = new ReportTable("applications-applicant", "依申请公开申请人类型", "申请人类型", ["新收", "上年结转", "办结", "结转下期"],
            [.. DisclosureCounts.Columns.Select(k => new ReportRow(DisclosureOutcomes.NameOf(k),
                [new ReportCell($"applications-applicant.{k}.received", c.Received[k]), new ReportCell($"applications-applicant.{k}.carried-over", c.CarriedOver[k]),
                 new ReportCell($"applications-applicant.{k}.handled", c.Handled(k)), new ReportCell($"applications-applicant.{k}.carried-forward", c.CarriedForward[k])])),
             new ReportRow("合计", [new ReportCell("applications-applicant.total.received", c.TotalReceived, Total: true),
                 new ReportCell("applications-applicant.total.carried-over", c.TotalCarriedOver, Total: true),
                 new ReportCell("applications-applicant.total.handled", c.Handled(), Total: true),
                 new ReportCell("applications-applicant.total.carried-forward", c.TotalCarriedForward, Total: true)])]);
        var timeliness = new ReportTable("applications-timeliness", "依申请公开答复时效", "时效", ["件数"],
            [new ReportRow("按期答复", [new ReportCell("applications-timeliness.on-time", c.AnsweredOnTime)]),
             new ReportRow("逾期答复", [new ReportCell("applications-timeliness.late", c.AnsweredLate)])]);
        return [byOutcome, byApplicant, timeliness];
    }
}

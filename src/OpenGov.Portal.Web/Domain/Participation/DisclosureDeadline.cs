using System.Globalization;

namespace OpenGov.Portal.Domain.Participation;

/// <summary>
/// The answer deadline of a disclosure application under 《中华人民共和国政府信息公开条例》 (2019):
/// <list type="bullet">
/// <item>第三十三条第二款: answer within 20 working days of receipt; extendable once, with the approval of the head of the
/// openness office, by at most 20 working days.</item>
/// <item>Receipt day: the day of receipt is not counted (《民法典》第二百零一条); an application received on a non-working
/// day is treated as received on the next working day, so counting starts the working day after that.</item>
/// <item>第三十条: a request for correction (补正) must be sent once, within 7 working days of receipt; the deadline then
/// counts afresh from the day the correction is received. Until then the clock is stopped.</item>
/// <item>第三十二条、第三十三条第三款: the time spent consulting a third party is not counted — the working days after the
/// consultation was sent up to and including the day the opinion came back.</item>
/// </list>
/// Pure: the calendar and the facts in, the calculation and its explanation out.
/// </summary>
public static class DisclosureDeadline
{
    public const int StatutoryWorkingDays = 20;
    public const int MaxExtensionWorkingDays = 20;

    /// <summary>第三十条: the correction notice must go out within 7 working days of receipt.</summary>
    public const int CorrectionNoticeWorkingDays = 7;

    const string Regulation = "《政府信息公开条例》";

    public static DeadlineCalculation Calculate(WorkingDayCalculator calendar, DeadlineFacts facts)
    {
        var steps = new List<DeadlineStep>();
        var received = facts.ReceivedOn;
        var start = calendar.OnOrNextWorkingDay(received);
        steps.Add(new("收到申请", start == received
            ? $"{D(received)},自次日起计算工作日"
            : $"{D(received)}({calendar.NameOf(received) ?? "非工作日"}),视为下一个工作日 {D(start)} 收到,自其次日起计算工作日"));

        if (facts.CorrectionRequestedOn is { } requested)
        {
            if (facts.CorrectionReceivedOn is not { } corrected)
            {
                steps.Add(new("要求补正", $"{D(requested)} 告知申请人补正" + (facts.CorrectionDueOn is { } cd ? $",补正期限至 {D(cd)}" : "")
                    + $";收到补正前不计算答复期限({Regulation}第三十条)"));
                return new(received, start, DeadlineState.AwaitingCorrection, StatutoryWorkingDays, facts.ExtensionWorkingDays, 0, null,
                    facts.CorrectionDueOn, steps);
            }
            start = calendar.OnOrNextWorkingDay(corrected);
            steps.Add(new("补正", $"{D(requested)} 告知补正,{D(corrected)} 收到补正,答复期限自收到补正之日起重新计算"
                + (start == corrected ? "" : $"({D(corrected)} 为非工作日,视为 {D(start)} 收到)") + $"({Regulation}第三十条)"));
        }

        steps.Add(new("法定期限", $"{StatutoryWorkingDays} 个工作日({Regulation}第三十三条第二款)"));
        if (facts.ExtensionWorkingDays > 0)
        {
            steps.Add(new("延长期限", $"{facts.ExtensionWorkingDays} 个工作日,经{facts.ExtensionApprovedBy ?? "负责人"}批准"
                + (string.IsNullOrWhiteSpace(facts.ExtensionReason) ? "" : $",理由:{facts.ExtensionReason}") + $"({Regulation}第三十三条第二款)"));
        }

        var consultations = (facts.Consultations ?? []).OrderBy(c => c.SentOn).ToList();
        var (due, paused, open) = Walk(calendar, start, StatutoryWorkingDays + facts.ExtensionWorkingDays, consultations);
        foreach (var c in consultations)
        {
            var excluded = c.AnsweredOn is { } back ? calendar.WorkingDaysBetween(c.SentOn < start ? start : c.SentOn, back) : (int?)null;
            steps.Add(new("征求第三方意见", $"{D(c.SentOn)} 书面征求{c.ThirdParty}意见," + (c.AnsweredOn is { } a
                ? $"{D(a)} 收到意见,不计入期限的工作日 {excluded} 个"
                : "尚未收到意见,期间不计入答复期限") + $"({Regulation}第三十二条、第三十三条第三款)"));
        }

        if (open is not null)
        {
            steps.Add(new("答复期限", "征求第三方意见期间暂停计算,收到意见后继续计算"));
            return new(received, start, DeadlineState.PausedForConsultation, StatutoryWorkingDays, facts.ExtensionWorkingDays, paused, null, null, steps);
        }
        steps.Add(new("答复截止日", D(due!.Value)));
        return new(received, start, DeadlineState.Running, StatutoryWorkingDays, facts.ExtensionWorkingDays, paused, due, null, steps);
    }

    /// <summary>The last day on which the correction notice may go out (第三十条).</summary>
    public static DateOnly LastDayForCorrectionNotice(WorkingDayCalculator calendar, DateOnly receivedOn) =>
        calendar.AddWorkingDays(calendar.OnOrNextWorkingDay(receivedOn), CorrectionNoticeWorkingDays);

    /// <summary>Counts working days after <paramref name="start"/>, skipping those inside a consultation, until <paramref name="days"/> are counted.</summary>
    static (DateOnly? Due, int Paused, ConsultationPeriod? Open) Walk(WorkingDayCalculator calendar, DateOnly start, int days, List<ConsultationPeriod> consultations)
    {
        var date = start;
        var counted = 0;
        var paused = 0;
        while (counted < days)
        {
            date = calendar.AddWorkingDays(date, 1);
            var pause = consultations.FirstOrDefault(c => c.SentOn < date && (c.AnsweredOn is null || date <= c.AnsweredOn));
            if (pause is null) counted++;
            else if (pause.AnsweredOn is null) return (null, paused, pause);
            else paused++;
        }
        return (date, paused, null);
    }

    static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

namespace OpenGov.Portal.Infrastructure;

/// <summary>Settings of the participation features (section "Participation" in appsettings).</summary>
public sealed class ParticipationOptions
{
    public const string Section = "Participation";

    /// <summary>Code of the department that triages letters and applications (综合协调处, the 政务公开办).</summary>
    public string CoordinatingDepartmentCode { get; set; } = "zhxt";

    /// <summary>Letters without a reply after this many working days are flagged.</summary>
    public int FeedbackReplyWorkingDays { get; set; } = 10;

    /// <summary>Applications with at most this many working days left are flagged "due soon".</summary>
    public int DueSoonWorkingDays { get; set; } = 3;

    /// <summary>Working days the applicant has to answer a request for correction (补正).</summary>
    public int CorrectionWorkingDays { get; set; } = 7;

    /// <summary>Largest public form submission accepted, in bytes.</summary>
    public int MaxSubmissionBytes { get; set; } = 64 * 1024;

    /// <summary>Largest released document staff may attach to an answer, in bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    public RateLimitSettings RateLimit { get; set; } = new();

    public sealed class RateLimitSettings
    {
        /// <summary>Submissions (letters, applications, survey answers, corrections) per client IP per window.</summary>
        public int SubmitPermitLimit { get; set; } = 10;
        public int SubmitWindowSeconds { get; set; } = 600;

        /// <summary>Tracking-code look-ups per client IP per window (keeps codes from being guessed).</summary>
        public int LookupPermitLimit { get; set; } = 60;
        public int LookupWindowSeconds { get; set; } = 600;
    }
}

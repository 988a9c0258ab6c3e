namespace OpenGov.Portal.Domain.Powers;

/// <summary>Field limits shared by the database configuration, the forms' validators and the flow rules.</summary>
public static class PowerLimits
{
    public const int CodeMax = 30;
    public const string CodePattern = "^[A-Z0-9][A-Z0-9-]*$";
    public const int NameMax = 200;
    public const int ImplementingBodyMax = 100;
    public const int TimeLimitMax = 100;
    public const int FeeBasisMax = 500;
    public const decimal FeeMax = 10_000_000m;
    public const int ResponsibilitiesMax = 4000;
    public const int AccountabilityMax = 4000;
    public const int PhoneMax = 50;
    public const int LawNameMax = 100;
    public const int ArticleMax = 50;
    public const int BasisTextMax = 2000;
    public const int MaxLegalBases = 20;
    public const int MaterialMax = 200;
    public const int MaxMaterials = 50;

    public const int StepKeyMax = 20;
    public const string StepKeyPattern = "^[A-Za-z0-9_-]+$";
    public const int StepLabelMax = 60;
    public const int StepPostMax = 50;
    public const int StepTimeLimitMax = 30;
    public const int BranchLabelMax = 20;
    public const int MaxSteps = 300;
    public const int MaxBranches = 10;
}

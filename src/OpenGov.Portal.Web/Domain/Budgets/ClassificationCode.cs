namespace OpenGov.Portal.Domain.Budgets;

/// <summary>One 科目 of a classification: its code and official name.</summary>
public sealed record ClassificationCode(string Code, string Name)
{
    /// <summary>1 = 类 (3 digits), 2 = 款 (5), 3 = 项 (7).</summary>
    public int Level => LevelOf(Code);

    public static int LevelOf(string code) => code.Length switch
    {
        3 => 1,
        5 => 2,
        7 => 3,
        _ => 0,
    };

    /// <summary>The 类 of a 款 or the 款 of a 项; null for a 类.</summary>
    public static string? ParentOf(string code) => code.Length switch
    {
        5 => code[..3],
        7 => code[..5],
        _ => null,
    };

    public static string LevelName(int level) => level switch
    {
        1 => "类",
        2 => "款",
        3 => "项",
        _ => "",
    };
}

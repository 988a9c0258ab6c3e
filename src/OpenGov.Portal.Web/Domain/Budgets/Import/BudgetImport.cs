namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>The outcome of reading a file: the tables it holds and every problem found. Nothing is saved unless Problems is empty.</summary>
public sealed record BudgetImport(IReadOnlyList<ParsedTable> Tables, IReadOnlyList<BudgetProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Tables.Count > 0;
}

namespace OpenGov.Portal.Domain.Budgets.Import;

/// <summary>A file that cannot be read at all (empty, not UTF-8, not a workbook…). The message is for the person.</summary>
public sealed class BudgetFileException(string message) : Exception(message)
{
    public BudgetFileException() : this("文件无法读取") { }

    public BudgetFileException(string message, Exception inner) : this(message) => _ = inner;
}

namespace OpenGov.Portal.Domain.Publishing;

/// <summary>A refused workflow move. The message is a sentence for the person who tried it.</summary>
public sealed class WorkflowException(string message) : Exception(message)
{
    public WorkflowException() : this("该操作不被允许") { }

    public WorkflowException(string message, Exception inner) : this(message) => _ = inner;
}

namespace OpenGov.Portal.Domain.Powers;

/// <summary>One document an applicant must hand in (申请材料).</summary>
public sealed class PowerMaterial
{
    public int EditionId { get; private set; }
    public int SortOrder { get; private set; }
    public string Name { get; internal set; } = "";

    private PowerMaterial() { }

    internal PowerMaterial(int sortOrder, string name) => (SortOrder, Name) = (sortOrder, name.Trim());
}

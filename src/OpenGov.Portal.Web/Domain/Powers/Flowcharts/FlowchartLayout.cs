using OpenGov.Portal.Domain.Powers.Flows;

namespace OpenGov.Portal.Domain.Powers.Flowcharts;

/// <summary>Where <see cref="FlowchartLayouter"/> put every step, edge and label (pixels, origin top-left).</summary>
public sealed record FlowchartLayout(double Width, double Height, IReadOnlyList<FlowchartLayout.Node> Nodes, IReadOnlyList<FlowchartLayout.Edge> Edges)
{
    public readonly record struct Point(double X, double Y);

    /// <param name="Lines">The wrapped label.</param>
    /// <param name="Meta">The wrapped post and time-limit lines, in a smaller font.</param>
    public sealed record Node(int Index, string Key, FlowStepKind Kind, double CenterX, double CenterY, double Width, double Height,
        IReadOnlyList<string> Lines, IReadOnlyList<string> Meta)
    {
        public double Left => CenterX - Width / 2;
        public double Right => CenterX + Width / 2;
        public double Top => CenterY - Height / 2;
        public double Bottom => CenterY + Height / 2;
    }

    /// <param name="Points">The polyline from the source's boundary to the target's; the arrowhead sits at the last point.</param>
    /// <param name="IsBack">Drawn upwards: it closes a loop back to an earlier step.</param>
    public sealed record Edge(string From, string To, string? Label, IReadOnlyList<Point> Points, Point? LabelAt, bool LabelAnchorEnd, bool IsBack);
}

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>A year's plan cell: the plan with → resolved, and the cell as printed when that differs.</summary>
/// <param name="Plan">The plan; null when the cell is empty or only "→" with nothing before it to continue.</param>
/// <param name="Printed">The cell as printed when the plan differs from it (a resolved "→").</param>
/// <param name="Problem">Why the → could not be resolved, or null.</param>
internal sealed record ResolvedPlan(string? Plan, string? Printed, string? Problem);

/// <summary>
/// Resolves "→" in the 年度ごとの取組 cells. "→" (or "→ →", one per bullet) means the previous year's
/// plan continues; "→" followed by new bullets means it continues and the bullets are added.
/// Anything else mixing arrows and text cannot be read without guessing which bullet an arrow
/// continues, so the cell is kept as printed and reported.
/// </summary>
internal static class PlanArrows
{
    private const char Arrow = '→';

    public static ResolvedPlan Resolve(string cell, string? previousPlan)
    {
        if (cell.Length == 0) return new ResolvedPlan(null, null, null);
        if (!cell.Contains(Arrow)) return new ResolvedPlan(cell, null, null);

        var lines = cell.Split('\n');
        var leadingArrowLines = lines.TakeWhile(IsOnlyArrows).Count();
        var rest = lines.Skip(leadingArrowLines).ToList();
        if (leadingArrowLines == 0 || rest.Any(l => l.Contains(Arrow)))
            return new ResolvedPlan(cell, null, "plan cell mixes → with text; kept as printed");
        if (previousPlan is null)
            return new ResolvedPlan(null, cell, "→ with no plan in the year before to continue");

        var plan = rest.Count == 0 ? previousPlan : previousPlan + "\n" + string.Join("\n", rest);
        return new ResolvedPlan(plan, cell, null);
    }

    private static bool IsOnlyArrows(string line) =>
        line.Length > 0 && line.All(c => c == Arrow || char.IsWhiteSpace(c));
}

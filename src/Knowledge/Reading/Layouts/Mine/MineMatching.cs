namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>
/// One-to-one matching of rows to columns by a score, taking only pairs that are clearly each other's best.
/// </summary>
internal static class MineMatching
{
    /// <summary>Below this overlap two texts are not taken to be about the same thing (a couple of rare shared words).</summary>
    public const double Threshold = 6.0;

    /// <summary>The best must beat the runner-up (in its row and in its column) by this factor.</summary>
    public const double Margin = 2.0;

    /// <summary>
    /// Repeatedly takes a pair that is the best of its row and of its column by <see cref="Margin"/> and above
    /// <see cref="Threshold"/>, removing both. With <paramref name="eliminate"/> (the caller knows every row has
    /// exactly one column), a single row and column left over are paired: there is nothing else they can be.
    /// </summary>
    public static Dictionary<int, int> MutualBest(double[,] scores, bool eliminate)
    {
        int rows = scores.GetLength(0), cols = scores.GetLength(1);
        var pairs = new Dictionary<int, int>();
        var usedCols = new HashSet<int>();
        bool progress;
        do
        {
            progress = false;
            for (var r = 0; r < rows; r++)
            {
                if (pairs.ContainsKey(r)) continue;
                var c = BestCol(scores, r, usedCols, out var best, out var second);
                if (c < 0 || best < Threshold || best < Margin * second) continue;
                var br = BestRow(scores, c, pairs, out var colBest, out var colSecond);
                if (br != r || colBest < Margin * colSecond) continue;
                pairs[r] = c;
                usedCols.Add(c);
                progress = true;
            }
        } while (progress);
        if (eliminate && rows - pairs.Count == 1 && cols - usedCols.Count == 1)
        {
            var r = Enumerable.Range(0, rows).Single(i => !pairs.ContainsKey(i));
            pairs[r] = Enumerable.Range(0, cols).Single(i => !usedCols.Contains(i));
        }
        return pairs;
    }

    private static int BestCol(double[,] s, int r, HashSet<int> used, out double best, out double second)
    {
        int at = -1;
        best = 0; second = 0;
        for (var c = 0; c < s.GetLength(1); c++)
        {
            if (used.Contains(c)) continue;
            if (at < 0 || s[r, c] > best) { second = at < 0 ? 0 : best; best = s[r, c]; at = c; }
            else if (s[r, c] > second) second = s[r, c];
        }
        return at;
    }

    private static int BestRow(double[,] s, int c, Dictionary<int, int> taken, out double best, out double second)
    {
        int at = -1;
        best = 0; second = 0;
        for (var r = 0; r < s.GetLength(0); r++)
        {
            if (taken.ContainsKey(r)) continue;
            if (at < 0 || s[r, c] > best) { second = at < 0 ? 0 : best; best = s[r, c]; at = r; }
            else if (s[r, c] > second) second = s[r, c];
        }
        return at;
    }
}

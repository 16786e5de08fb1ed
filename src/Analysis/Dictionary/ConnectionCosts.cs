namespace Gyokaku.Analysis.Dictionary;

/// <summary>matrix.def: the cost of a word with right context id R followed by a word with left context id L.</summary>
public sealed class ConnectionCosts
{
    private readonly short[] _costs;   // index: right + LeftSize * left, as MeCab's Connector lays it out

    public ConnectionCosts(int leftSize, int rightSize, short[] costs)
    {
        if (costs.Length != leftSize * rightSize) throw new ArgumentException("matrix size does not match its dimensions", nameof(costs));
        LeftSize = leftSize;
        RightSize = rightSize;
        _costs = costs;
    }

    /// <summary>Number of right context ids of the preceding word (matrix.def's first number).</summary>
    public int LeftSize { get; }

    /// <summary>Number of left context ids of the following word.</summary>
    public int RightSize { get; }

    internal short[] Raw => _costs;

    public int Cost(int previousRightId, int nextLeftId) => _costs[previousRightId + LeftSize * nextLeftId];
}

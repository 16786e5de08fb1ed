using Gyokaku.Analysis.Dictionary;

namespace Gyokaku.Analysis.Tests;

public class DoubleArrayTrieTests
{
    [Fact]
    public void Finds_every_key_and_every_prefix_key()
    {
        string[] keys = ["行政", "行政改革", "行", "改革", "a", "ab", "abc", "b"];
        var trie = DoubleArrayTrieBuilder.Build(keys, Enumerable.Range(0, keys.Length).Select(i => i * 10).ToList());
        for (int i = 0; i < keys.Length; i++) Assert.Equal(i * 10, trie.ExactMatch(keys[i]));
        Assert.Equal(-1, trie.ExactMatch("行政改"));
        Assert.Equal(-1, trie.ExactMatch("x"));
        var found = new PrefixMatch[8];
        int n = trie.CommonPrefixSearch("行政改革推進", found);
        Assert.Equal([new PrefixMatch(1, 20), new PrefixMatch(2, 0), new PrefixMatch(4, 10)], found[..n]);
    }

    [Fact]
    public void Ipadic_contains_common_words()
    {
        var dic = SystemDictionary.Ipadic;
        var matches = new EntryRange[64];
        int n = dic.LookupPrefixes("行政改革", matches);
        Assert.Contains(matches[..n], m => m.Length == 2);
        var range = matches[..n].First(m => m.Length == 2);
        Assert.Equal("名詞,一般,*,*,*,*,行政,ギョウセイ,ギョーセイ", dic.Words.Feature(range.Start));
    }
}

public class DoubleArrayTrieGrowthTests
{
    [Fact]
    public void Finds_keys_after_the_arrays_grow()
    {
        var random = new Random(7);
        var keys = Enumerable.Range(0, 20000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 3000)).ToArray()))
            .Distinct().ToList();
        var trie = DoubleArrayTrieBuilder.Build(keys, Enumerable.Range(0, keys.Count).ToList());
        for (int i = 0; i < keys.Count; i++) Assert.Equal(i, trie.ExactMatch(keys[i]));
    }
}

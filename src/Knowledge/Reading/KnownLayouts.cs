using Gyokaku.Knowledge.Reading.Layouts;
using Gyokaku.Knowledge.Reading.Layouts.Okayama;

namespace Gyokaku.Knowledge.Reading;

/// <summary>The structured readers we have, one per layout. Add a new layout's reader here.</summary>
public static class KnownLayouts
{
    public static IEnumerable<IPlanReader> All() =>
    [
        new OkayamaReader(),
    ];
}

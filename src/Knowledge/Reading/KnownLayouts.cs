using Gyokaku.Knowledge.Reading.Layouts.ActionPlan;
using Gyokaku.Knowledge.Reading.Layouts.Mine;
using Gyokaku.Knowledge.Reading.Layouts.Ogori;
using Gyokaku.Knowledge.Reading.Layouts.Okayama;
using Gyokaku.Knowledge.Reading.Layouts.Structured;
using Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

namespace Gyokaku.Knowledge.Reading;

/// <summary>The structured readers we have, one per layout. Add a new layout's reader here.</summary>
public static class KnownLayouts
{
    public static IEnumerable<IPlanReader> All() =>
    [
        new YamaguchiPlanReader(),
        new MineReader(),
        new OkayamaReader(),
        new OgoriReader(),
        new ActionPlanReader(),
        // Last, and scoring just above the threshold: only a text no dedicated reader claims comes here.
        new StructuredReader(),
    ];
}

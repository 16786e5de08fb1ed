using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Questions;

/// <summary>Everything read from one question, before it is resolved against the documents.</summary>
public sealed record ParsedQuestion
{
    public required string Text { get; init; }
    /// <summary>NFKC, lower case, no whitespace: the form every comparison uses.</summary>
    public required string Normalized { get; init; }

    /// <summary>The question in NFKC lower case with its spaces kept (English words stay apart), nothing masked.</summary>
    public required string Spaced { get; init; }
    /// <summary>"ja" or "en".</summary>
    public required string Language { get; init; }
    public IReadOnlyList<PlanMention> Plans { get; init; } = [];
    /// <summary>A place the question names that no document is about (北九州市).</summary>
    public string? UnknownPlace { get; init; }
    /// <summary>A real place no document is about but some text mentions (防府市 in a list of partner cities): only a statement naming it answers.</summary>
    public string? MentionedPlace { get; init; }
    public ItemReference? Item { get; init; }
    public IReadOnlyList<PathReference> Paths { get; init; } = [];
    public IReadOnlyList<FiscalYear> Years { get; init; } = [];
    /// <summary>最終年度 / final year: the last year of the plan's period.</summary>
    public bool FinalYear { get; init; }
    /// <summary>上半期 / first half.</summary>
    public bool FirstHalf { get; init; }
    /// <summary>第一次計画 / 前期 / 前計画: the question is about an earlier plan's items.</summary>
    public bool Earlier { get; init; }
    /// <summary>A department named in the question, as the documents write it.</summary>
    public string? Department { get; init; }
    /// <summary>A grade asked for (評価C): A, B, C …</summary>
    public string? Grade { get; init; }
    /// <summary>Every grade asked for together (ＣかＤ評価, C or D): any of them fits. Holds <see cref="Grade"/> alone when one is asked.</summary>
    public IReadOnlyList<string> Grades { get; init; } = [];
    public Intent Intent { get; init; }
    /// <summary>Texts in 「」, “”, "" — the user's exact terms, normalized.</summary>
    public IReadOnlyList<string> Quoted { get; init; } = [];
    /// <summary>The words that say what the question is about (plan, years, numbers and ask-words removed), normalized.</summary>
    public string Content { get; init; } = "";
    /// <summary>
    /// An entry the question already names as known (テレワークの試行と並んで, 点検・評価のほかに, besides staff exchanges):
    /// what it asks for is the entries of the same list that are not this one. Normalized (English: its Japanese terms).
    /// </summary>
    public string? Besides { get; init; }
    /// <summary>全部 / 一覧 / ①～③ / all: every entry of what is asked, not one picked.</summary>
    public bool Whole { get; init; }
    /// <summary>なぜ / 理由 / why: the explanation printed for a fact (評価理由), not the fact alone.</summary>
    public bool Why { get; init; }
    /// <summary>True when the question only makes sense with the previous turn (その目標は？ R3は？).</summary>
    public bool LooksLikeFollowUp { get; init; }
}

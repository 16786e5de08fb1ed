using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Collects what one item's labelled values say (from a block's labelled lines or a table row's cells) and
/// builds the <see cref="PlanItem"/>: each value goes where its label says, and only there.
/// </summary>
internal sealed partial class ItemBuilder(string? number, string? printedNumber, string label, string title, int firstLine)
{
    private readonly List<Department> _departments = [];
    private readonly List<Department> _related = [];
    private readonly List<TextSection> _sections = [];
    private readonly List<Field> _fields = [];
    private readonly List<PathSegment> _path = [];
    private readonly SortedDictionary<int, (string? Plan, string? Result, string? Evaluation)> _years = [];
    private readonly List<YearValue> _targets = [];
    private readonly List<YearValue> _actuals = [];
    private readonly List<(FieldLabel Label, string Value, LineRange Lines)> _grades = [];
    private string? _indicator, _baseline, _baselineValue, _baselineYear, _unit;
    private readonly List<Indicator> _indicators = [];
    private readonly List<string> _notes = [];
    private readonly int _firstLine = firstLine;
    private int _lastLine = firstLine;

    public string? Number { get; private set; } = number;
    public string? PrintedNumber { get; private set; } = printedNumber;
    public string Title { get; private set; } = title;

    /// <summary>What the document calls its items (取組, 推進項目 …).</summary>
    public string Label => label;

    /// <summary>Whether any labelled value told something about the item (a bare heading is not an item).</summary>
    public bool HasFacts => _departments.Count > 0 || _related.Count > 0 || _indicators.Count > 0 || _sections.Count > 0 || _years.Count > 0 || _targets.Count > 0 || _actuals.Count > 0 || _fields.Count > 0 || _grades.Count > 0;

    public int FirstLine => _firstLine;

    public bool HasDepartment => _departments.Count > 0;

    /// <summary>A level of the outline only this item's reader knows of (the heading its sub-items are grouped by).</summary>
    public void Within(PathSegment segment) => _path.Add(segment);

    public int LastLine => _lastLine;

    public void Add(FieldLabel label, string value, LineRange lines)
    {
        value = value.Trim();
        _lastLine = Math.Max(_lastLine, lines.End);
        if (value.Length == 0 || IsEmptyMark(value)) return;
        switch (label.Kind)
        {
            case LabelKind.Number when Number is null:
                PrintedNumber = value;
                Number = NumberOf(value);
                break;
            case LabelKind.Title when Title.Length == 0:
                // 推進項目 | 12 市民に分かりやすい…: the cell carries the number before the title.
                var numbered = NumberedTitle().Match(value);
                if (Number is null && numbered.Success)
                {
                    (Number, PrintedNumber, Title) = (NumberOf(numbered.Groups["n"].Value), numbered.Groups["n"].Value, numbered.Groups["t"].Value.Trim());
                }
                else Title = value;
                break;
            case LabelKind.Department when IsRelated(label):
                foreach (var d in Departments(value)) if (!_departments.Contains(d) && !_related.Contains(d)) _related.Add(d);
                break;
            case LabelKind.Department:
                foreach (var d in Departments(value)) if (!_departments.Contains(d)) _departments.Add(d);
                break;
            case LabelKind.PathLevel:
                // A 基本方針 column's cell (2 持続可能な財政運営) numbers its level as a heading of that level would.
                _path.Add(HierarchyHeadings.ReadCell(value)
                    ?? (HierarchyHeadings.ReadCell(label.Text.Trim() + " " + value) is { Number: not null, Title.Length: > 0 } levelled && levelled.Level == label.Text.Trim() ? levelled : null)
                    ?? NumberedLevel(label.Text, value));
                break;
            case LabelKind.IndicatorName:
                // A second indicator of the same item (目標（指標）：… printed twice) starts its own baseline and targets.
                if (_indicator is not null && (_targets.Count > 0 || _actuals.Count > 0 || _baseline is not null)) CloseIndicator(lines.Start - 1);
                _indicator ??= value;
                _sections.Add(new TextSection(label.Text, value, lines));
                break;
            case LabelKind.Baseline when IsBaselineYear(label):
                _baselineYear ??= value;
                break;
            case LabelKind.Baseline:
                _baseline ??= label.Year is { } y ? $"{label.Text} {value}" : value;
                // ２５分（令和３年度）: the value is the figure; its year stays in the baseline text.
                _baselineValue ??= TrailingYear().Replace(value, "").Trim() is { Length: > 0 } figure ? figure : value;
                break;
            case LabelKind.Target:
                _targets.Add(new YearValue(label.Year!.Value, value));
                break;
            case LabelKind.Result:
                SetYear(label.Year!.Value, e => e with { Result = Join(e.Result, value) });
                break;
            case LabelKind.Evaluation:
                SetYear(label.Year!.Value, e => e with { Evaluation = Join(e.Evaluation, value) });
                break;
            case LabelKind.Plan:
                SetYear(label.Year!.Value, e => e with { Plan = Join(e.Plan, value) });
                break;
            case LabelKind.Section when IsGrade(label) || IsProgressWord(label, value):
                _grades.Add((label, value, lines));
                break;
            case LabelKind.Section:
                _sections.Add(new TextSection(label.Text, value, lines));
                break;
            // 単位 | 千円: the unit the row's figures are counted in, printed once for all of them.
            case LabelKind.Field when IsUnit(label):
                _unit ??= value;
                _fields.Add(new Field(label.Text, value));
                break;
            default:
                _fields.Add(new Field(label.Text, value));
                break;
        }
    }

    /// <summary>An indicator's figure achieved in a year (実績値 under its 指標名): the indicator's actual, not a year's result text.</summary>
    public void AddActual(FiscalYear year, string value, LineRange lines)
    {
        value = value.Trim();
        _lastLine = Math.Max(_lastLine, lines.End);
        if (value.Length > 0 && !IsEmptyMark(value)) _actuals.Add(new YearValue(year, value));
    }

    /// <summary>Where the item sits, outermost first: the headings above it, then any levels its own cells name.</summary>
    /// A level its own cells name already (基本方針 1 in the row and as a heading above the table) is not named twice.
    public void PlaceUnder(IEnumerable<PathSegment> headings) =>
        _path.InsertRange(0, headings.Where(h => !_path.Any(p => p.Level == h.Level && p.Number is not null && p.Number == h.Number)));

    public void ExtendTo(int line) => _lastLine = Math.Max(_lastLine, line);

    /// <summary>A remark printed under the item (（Ｒ６は目標値を設定しない。）): kept whole, as the document says it.</summary>
    public void AddNote(string note, int line)
    {
        _notes.Add(note.Trim());
        ExtendTo(line);
    }

    /// <summary>The item's code in the plan's hierarchy (1-(1)-①), from a cell or label that prints one.</summary>
    public string? Code => _fields.Select(f => f.Value).Concat([PrintedNumber ?? ""]).Select(v => v.Trim())
        .FirstOrDefault(v => CompoundCode().IsMatch(JaText.Nfkc(v)));

    /// <summary>
    /// Takes from another description of the same item (a summary table's row) what this one lacks:
    /// fields of other labels, departments when none were read, a title when none was printed.
    /// </summary>
    public void Enrich(ItemBuilder other)
    {
        if (Title.Length == 0) Title = other.Title;
        if (_departments.Count == 0) _departments.AddRange(other._departments);
        foreach (var f in other._fields)
            if (!_fields.Any(m => m.Label == f.Label)) _fields.Add(f);
    }

    /// <summary>
    /// The units in charge, then the units only involved (関係課): beside involved units, the ones in charge
    /// are marked lead, so "which unit is in charge" and "every unit" both read off the list.
    /// </summary>
    private List<Department> AllDepartments()
    {
        if (_related.Count == 0) return _departments.ToList();
        var lead = _departments.Select(d => d with { Lead = true });
        return lead.Concat(_related.Where(r => !_departments.Any(d => d.Name == r.Name))).ToList();
    }

    private static bool IsRelated(FieldLabel label) => label.Text.Contains("関係") || label.Text.Contains("関連") || label.Text.Contains("協力");

    /// <summary>Everything another row of the same item says (an indicator table's row), added to this one.</summary>
    public void Absorb(ItemBuilder other)
    {
        Enrich(other);
        _sections.AddRange(other._sections);
        foreach (var (year, e) in other._years)
            SetYear(new FiscalYear(year), mine => (mine.Plan ?? e.Plan, mine.Result ?? e.Result, mine.Evaluation ?? e.Evaluation));
        _grades.AddRange(other._grades);
        if (other._targets.Count > 0 || other._baseline is not null || other._indicators.Count > 0)
        {
            if (_targets.Count > 0 || _actuals.Count > 0 || _baseline is not null) CloseIndicator(_lastLine);
            _indicators.AddRange(other._indicators);
            (_indicator, _baseline, _baselineValue, _baselineYear, _unit) = (other._indicator, other._baseline, other._baselineValue, other._baselineYear, other._unit);
            _targets.AddRange(other._targets);
            _actuals.AddRange(other._actuals);
        }
    }

    private void CloseIndicator(int lastLine)
    {
        var baselineYear = FiscalYear.FindAll(_baseline).Concat(FiscalYear.FindAll(_baselineYear)).Select(m => (FiscalYear?)m.Year).FirstOrDefault();
        // A baseline whose year stands in a column of its own (基準値 168 | 基準年度 R4) says it as a baseline printed with its year would: 168（R4）.
        var baseline = WithUnit(_baseline);
        if (baseline is not null && _baselineYear is not null && !FiscalYear.FindAll(baseline).Any()) baseline = $"{baseline}（{_baselineYear}）";
        _indicators.Add(new Indicator(_indicator ?? "目標", baseline, baselineYear, WithUnit(_baselineValue), _targets.Select(t => t with { Value = WithUnit(t.Value)! }).OrderBy(t => t.Year).ToList(),
            _actuals.Select(a => a with { Value = WithUnit(a.Value)! }).OrderBy(a => a.Year).ToList(), new LineRange(_firstLine, Math.Max(_firstLine, lastLine))));
        (_indicator, _baseline, _baselineValue, _baselineYear, _unit) = (null, null, null, null, null);
        _targets.Clear();
        _actuals.Clear();
    }

    public PlanItem Build(string key)
    {
        PlaceGrades();
        var years = new List<YearEntry>();
        string? previousPlan = null;
        foreach (var (year, entry) in _years)
        {
            // → continues the year before: the plan it continues is what the year plans, the arrow what is printed.
            var plan = entry.Plan is not null && IsArrow(entry.Plan) && previousPlan is not null ? previousPlan : entry.Plan;
            years.Add(new YearEntry(new FiscalYear(year), null, plan, plan != entry.Plan ? entry.Plan : null, entry.Result, entry.Evaluation));
            if (plan is not null) previousPlan = plan;
        }
        if (_targets.Count > 0 || _actuals.Count > 0 || _baseline is not null) CloseIndicator(_lastLine);
        return new PlanItem(key, Number, label, Title, _path, AllDepartments(), _sections, years, _indicators.ToList(), _notes.ToList(), new LineRange(_firstLine, _lastLine))
        {
            PrintedNumber = PrintedNumber,
            Fields = _fields,
        };
    }

    /// <summary>
    /// A grade printed without a year (評価：B) beside results of one year only (令和5年度実績) grades that
    /// year's results. With results of several years, or none, the year is not known: the grade stays a text.
    /// </summary>
    private void PlaceGrades()
    {
        var resultYears = _years.Where(y => y.Value.Result is not null).Select(y => y.Key).ToList();
        foreach (var (label, value, lines) in _grades)
        {
            if (resultYears.Count == 1 && _years[resultYears[0]].Evaluation is null)
                SetYear(new FiscalYear(resultYears[0]), e => e with { Evaluation = value });
            // The year already has its achievement rate (達成率 105.9%): the grade comes first, the rate beside it.
            else if (resultYears.Count == 1 && IsRate(_years[resultYears[0]].Evaluation!))
                SetYear(new FiscalYear(resultYears[0]), e => e with { Evaluation = value + "\n" + e.Evaluation });
            else _sections.Add(new TextSection(label.Text, value, lines));
        }
        _grades.Clear();
    }

    private static bool IsUnit(FieldLabel label) => JaText.Normalize(label.Text) is "単位";

    /// <summary>
    /// A bare figure of an indicator whose unit a 単位 column prints once (千円 | 1,500,000) with that unit, as a figure
    /// printed with its own would read (1,500,000千円): the unit is part of the fact. A figure that has words of its own
    /// (270以下) or a unit already is kept as printed.
    /// </summary>
    private string? WithUnit(string? value) =>
        value is not null && _unit is { Length: > 0 and <= 6 } unit && BareFigure().IsMatch(JaText.Nfkc(value).Trim()) ? value.Trim() + unit : value;

    // 基準年度 | R4: the year the baseline was measured in, not a baseline of its own.
    private static bool IsBaselineYear(FieldLabel label) => JaText.Normalize(label.Text) is "基準年度" or "基準年";

    /// <summary>
    /// A level named by a column the outline headings do not know (推進項目 | (1) 町民参画の推進): its number, when
    /// the cell opens with one, apart from its title, as a heading of that level would print them.
    /// </summary>
    private static PathSegment NumberedLevel(string level, string value)
    {
        var m = LeadingLevelNumber().Match(value);
        return m.Success ? new PathSegment(level.Trim(), m.Groups["n"].Value, m.Groups["t"].Value.Trim()) : new PathSegment(level, null, value);
    }

    private static bool IsRate(string text) => RateOnly().IsMatch(JaText.Nfkc(text).Trim());

    private static bool IsGrade(FieldLabel label)
    {
        var n = JaText.Normalize(label.Text);
        return n.Contains("評価") || n.Contains("達成度") || n.Contains("達成状況");
    }

    /// <summary>
    /// A progress category (進捗区分 順調, 進捗状況 遅れ) or mark (進捗 ◎ / △) grades the year like a letter does; a 進捗状況 that runs to
    /// sentences is a report of the work, kept as a section.
    /// </summary>
    private static bool IsProgressWord(FieldLabel label, string value) =>
        JaText.Normalize(label.Text).Contains("進捗") && value.Length <= 6 && !value.Contains('。') && !value.Contains('\n') && !value.Any(char.IsDigit);

    private void SetYear(FiscalYear year, Func<(string? Plan, string? Result, string? Evaluation), (string? Plan, string? Result, string? Evaluation)> change) =>
        _years[year.Year] = change(_years.GetValueOrDefault(year.Year));

    private static bool IsArrow(string text) => text.Trim() is "→" or "⇒" or "―→" or "-->" or "->";

    private static string Join(string? before, string value) => before is null ? value : before + "\n" + value;

    /// <summary>The plain number of a printed one: "No.12" → "12", "１２" → "12"; compound markers stay as printed (NFKC).</summary>
    public static string NumberOf(string printed)
    {
        var n = JaText.Nfkc(printed).Trim();
        var m = PlainNumber().Match(n);
        if (m.Success) { var d = m.Groups["n"].Value.TrimStart('0'); return d.Length == 0 ? "0" : d; }
        return n.Replace(" ", "");
    }

    /// <summary>Units named in a department cell: 財政課、(主)行政改革推進課 / ◎人事課 mark the lead.</summary>
    public static IEnumerable<Department> Departments(string value)
    {
        foreach (var raw in DepartmentSeparator().Split(value).SelectMany(SplitJoinedUnits))
        {
            var name = raw.Trim();
            var lead = false;
            foreach (var mark in new[] { "(主)", "（主）", "【主】", "◎", "〇主" })
                if (name.StartsWith(mark, StringComparison.Ordinal)) { lead = true; name = name[mark.Length..].Trim(); }
            name = name.Trim('・', ' ');
            if (name.Length is >= 2 and <= 30 && !IsEmptyMark(name)) yield return new Department(name, lead);
        }
    }

    /// <summary>総務課・財政課 names two units; 行政改革・DX推進課 one: split at ・ only when every part is a unit.</summary>
    private static IEnumerable<string> SplitJoinedUnits(string name)
    {
        var parts = name.Split('・');
        return parts.Length > 1 && parts.All(p => UnitSuffix().IsMatch(p.Trim())) ? parts : [name];
    }

    /// <summary>A unit's name on its own (地域振興課, 関係各課): what a department cell wrapped onto the next line holds.</summary>
    public static bool IsUnitName(string text) => text.Length is >= 2 and <= 20 && UnitSuffix().IsMatch(text) && !text.Any(char.IsDigit);

    // A cell printed empty: －, ―, ー, 一, -, なし.
    private static bool IsEmptyMark(string value) => value is "-" or "－" or "―" or "ー" or "—" or "‐" or "なし" or "/" or "／";

    [GeneratedRegex(@"^(?:No\.?|NO\.?|no\.?|番号|項目|取組|#)?\s*(?<n>\d{1,4})$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^(?<n>(?:No\.?\s*|№\s*)?[0-9０-９]{1,3})(?:[\s　.．、]+)(?<t>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^\d{1,2}-\(?\d{1,2}\)?(?:-(?:\(?\d{1,2}\)?|[①-⑳]))+$")]
    private static partial Regex CompoundCode();

    [GeneratedRegex(@"\s*[（(](?:(?:令和|平成|R|H|Ｒ|Ｈ)\s*[0-9０-９元]{1,2}(?:[.．][0-9０-９]{1,2}){0,2}|(?:19|20|１９|２０)[0-9０-９]{2})\s*(?:年度?)?(?:末|時点)?[）)]$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"^(?<n>[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3})[\s　.．、]+(?<t>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex LeadingLevelNumber();

    [GeneratedRegex(@"^[-−▲△]?\d[\d,]*(?:\.\d+)?$")]
    private static partial Regex BareFigure();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d+)?\s*%$")]
    private static partial Regex RateOnly();

    [GeneratedRegex(@"(?:課|室|部|局|係|所|センター|委員会|事務局)$")]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(@"[、,，/／\n\t]+|\s{1,}|　")]
    private static partial Regex DepartmentSeparator();
}

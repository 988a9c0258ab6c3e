using OpenGov.Portal.Data.Seed;

namespace OpenGov.Portal.DataGenerator;

/// <summary>
/// Words and sentences of the demo content (the bureau's 2012 report), recombined into realistic titles and bodies,
/// so the generated archive has the character and bigram distribution of real notices.
/// </summary>
public sealed class Vocabulary
{
    static readonly char[] SentenceEnds = ['。', ';', '!', '?'];
    static readonly char[] ClauseBreaks = [',', '、', ':', ',', '。', ';', '“', '”', '《', '》', '(', ')'];

    public IReadOnlyList<string> Sentences { get; }
    public IReadOnlyList<string> Phrases { get; }
    public IReadOnlyList<string> Topics { get; }

    public Vocabulary()
    {
        var paragraphs = DemoArticles.All.SelectMany(a => a.Paragraphs).ToList();
        Sentences = paragraphs
            .SelectMany(p => p.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length >= 8)
            .Select(s => s + "。")
            .Distinct(StringComparer.Ordinal).ToList();
        Phrases = paragraphs.Concat(DemoArticles.All.Select(a => a.Title))
            .SelectMany(p => p.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length is >= 4 and <= 18 && !s.Any(char.IsAsciiDigit))
            .Distinct(StringComparer.Ordinal).ToList();
        Topics = DemoArticles.All.Select(a => a.Topic).Distinct(StringComparer.Ordinal).ToList();
    }

    static readonly string[] TitleForms =
    [
        "关于{0}的通知", "关于{0}的公告", "{1}年{0}工作要点", "{0}情况通报", "省知识产权局{0}", "《{0}》解读",
        "{0}公示", "{1}年第{2}季度{0}", "关于印发{0}的通知", "{0}实施办法", "{1}年{0}工作总结", "{0}有关事项的说明",
    ];

    public string Title(Random random, int year)
    {
        var form = TitleForms[random.Next(TitleForms.Length)];
        var phrase = Phrases[random.Next(Phrases.Count)];
        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, phrase, year, random.Next(1, 5));
        return title.Length <= 120 ? title : title[..120];
    }

    /// <summary>3 to 8 paragraphs of 2 to 5 sentences (roughly 300 to 1,500 characters).</summary>
    public IReadOnlyList<string> Paragraphs(Random random)
    {
        var paragraphs = new string[random.Next(3, 9)];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var sentences = random.Next(2, 6);
            paragraphs[i] = string.Concat(Enumerable.Range(0, sentences).Select(_ => Sentences[random.Next(Sentences.Count)]));
        }
        return paragraphs;
    }
}

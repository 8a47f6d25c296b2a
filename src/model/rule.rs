//! The named rules behind every decision the analysis makes.

use serde::{Serialize, Serializer};

macro_rules! rules {
    ($($variant:ident => $name:literal, $doc:literal;)*) => {
        /// A rule of the analysis. Every decision records the rule that made it, so the
        /// user can see why two lines were joined or an article starts where it does.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Rule {
            $(#[doc = $doc] $variant,)*
        }

        impl Rule {
            /// Every rule, for documentation and the UI legend.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's stable kebab-case name.
            pub fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            /// One sentence saying what the rule does.
            pub fn description(self) -> &'static str {
                match self { $(Rule::$variant => $doc,)* }
            }

            /// The rule with this name, if there is one.
            pub fn from_name(name: &str) -> Option<Rule> {
                Rule::ALL.iter().copied().find(|r| r.name() == name)
            }
        }
    };
}

rules! {
    // Joins inside a paragraph.
    CjkSegmentBreak => "cjk-segment-break",
        "Both sides of the line break are East Asian wide (F/W/H, or ambiguous punctuation in CJK text): joined without a space (CSS Text 3).";
    CjkLatinNoSpace => "cjk-latin-join",
        "A CJK character meets a Latin letter or digit in CJK text: joined without a space, as Chinese typesetting does.";
    LatinSpace => "latin-space",
        "Latin text on either side of the line break: joined with one space.";
    Dehyphenate => "dehyphenate",
        "A line ends in a hyphen inside a word: the hyphen is a soft break and is removed.";
    DehyphenateSeenOnPage => "dehyphenate-seen-on-page",
        "The word appears unhyphenated elsewhere on the page: the end-of-line hyphen is removed.";
    HyphenSeenOnPage => "hyphen-seen-on-page",
        "The hyphenated compound appears elsewhere on the page: the hyphen is kept.";
    HyphenBeforeCapital => "hyphen-before-capital",
        "The word after the hyphen is capitalised (Jean-Paul, Austria-Hungary): the hyphen is kept.";
    HyphenDigits => "hyphen-digits",
        "A digit stands beside the hyphen (10-20): the hyphen is kept.";
    HyphenCompoundPrefix => "hyphen-compound-prefix",
        "The part before the hyphen is a compound-forming word (well-, self-, long-; a short one such as ex- only before a word the page prints whole): the hyphen is kept.";
    HyphenAfterName => "hyphen-after-name",
        "A capitalised word inside a sentence (a name) ends the line in a hyphen, and both it and the word after it are printed whole on the page (Sunday-afternoon): the hyphen is kept.";
    HyphenAsPrinted => "hyphen-as-printed",
        "The file marks the words it hyphenates at a line end (ALTO HYP), and this line's last word is printed with its hyphen: the hyphen is kept.";
    SoftHyphenMarked => "soft-hyphen-marked",
        "The file marks the line's last word as hyphenated at the line end, with a sign other than a hyphen (¬, =): the sign is removed.";
    HyphenChain => "hyphen-chain",
        "The word before the hyphen is already part of a hyphenated compound (hook-and-ladder): the hyphen is kept.";
    DashJoin => "dash-join",
        "A line ends in a dash set close to its word (pier—): the next line follows without a space.";
    DigitFragment => "digit-fragment",
        "A line of a few half-width characters (digits split off by extraction) is joined with its neighbours.";
    // Column breaks and paragraph breaks.
    ColumnBreakMidSentence => "column-break-mid-sentence",
        "A blank line after a line that does not end a sentence is a column break: healed.";
    ColumnBreakFullLine => "column-break-full-line",
        "A blank line after a CJK line that fills its column is a column break: healed.";
    ColumnBreakNoIndent => "column-break-no-indent",
        "In an article that indents its paragraphs, a blank line before an unindented line is a column break: healed.";
    ContinuesLowercase => "continues-lowercase",
        "The text after the blank line starts with a lowercase letter: the sentence continues, the column break is healed.";
    BlankAfterSentence => "blank-after-sentence",
        "A blank line after a line that ends a sentence and does not fill its column: paragraph break.";
    IndentAfterSentence => "indent-after-sentence",
        "An indented line after a line that ends a sentence: paragraph break.";
    IndentLostFirstLine => "indent-lost-first-line",
        "After a sentence end, a CJK line a few cells short of its column with its paragraph running on: a paragraph's first line whose indent was lost.";
    ParagraphOpener => "paragraph-opener",
        "After a full line ending a sentence and a blank line, text opening with a paragraph opener (据了解, 据悉, 会议强调…): paragraph break.";
    ShortLineSentenceEnd => "short-line-sentence-end",
        "A line that ends a sentence well short of its column: paragraph break.";
    // Article boundaries.
    PageStart => "page-start",
        "The first text of the page starts an article.";
    Dateline => "dateline",
        "A dateline or news-agency credit (本报讯, 新华社…电, \"WASHINGTON —\", \"(AP) —\") starts an article.";
    BylineLine => "byline",
        "A byline line (\"By …\", 本报记者 …) starts an article.";
    OpensByEvidence => "evidence-opens",
        "A block of text that no dateline, byline or headline opens starts a new article: the evidence (weighed by a model fitted on real pages) says so; explain shows the features that weighed most.";
    HeadlineAbove => "headline-above",
        "Text after a headline starts an article.";
    ArticleChange => "article-change",
        "The lines on either side belong to different articles.";
    RoleChange => "role-change",
        "The lines on either side have different roles (headline, deck, byline, body): not joined.";
    // Headlines.
    ContentOverlap => "content-overlap",
        "The headline shares the most words (or CJK character pairs) with this article, matched one-to-one.";
    AdjacentAbove => "adjacent-above",
        "The headline is printed directly above the article.";
    DeckWithHeadline => "deck-with-headline",
        "A short line printed with the headline, without a blank line between, is its deck.";
    HeadlineParts => "headline-parts",
        "Two headline lines of like length whose roles cannot be told apart: kept together as the headline, with a space.";
    DeckFollowsHeadline => "deck-follows-headline",
        "A headline-like line right after the article's headline, above the article, is its deck.";
    RemainingInPageOrder => "remaining-in-page-order",
        "Headlines left over after matching go to articles still without one, in page order.";
    UnmatchedHeadline => "unmatched-headline",
        "A headline-like line that no article could take: kept as unassigned text.";
    PageFurniture => "page-furniture",
        "Page furniture (running head, date, page number, jump line, editor or photo credit): in no article.";
    PhotoCaption => "photo-caption",
        "A block whose last line ends in a photo credit (\"(Photo: …)\") is a caption: kept out of the article's text.";
    PullQuote => "pull-quote",
        "A short block with an attribution line (\"— Name\") whose words the article already prints is a pull quote: kept out of the text.";
    NoArticle => "no-article",
        "Text that no article took: kept as unassigned text.";
    // The page's geometry (PDF).
    HeadlineOwnsZone => "headline-owns-zone",
        "The headline owns the blocks below it within its width, until the next headline or printed rule.";
    HeadlineBySize => "headline-by-size",
        "The block is set at 1.25 times the page's body size or more (or bold and larger than the body): a headline.";
    ZoneWithoutHeadline => "zone-without-headline",
        "Body text with no headline above it within its width: the text rules decide where it belongs.";
    ColumnContinues => "column-continues",
        "Text with no headline at the head of a column continues the story that fills the foot of the column to its left (or stops there mid-sentence).";
    MastheadOrSection => "masthead-or-section",
        "Large text near the top of the page that owns no story: the masthead or a section name, kept out of every article.";
    PageMargin => "page-margin",
        "A short block in the top or bottom margin of the page (page number, running head): page furniture.";
    CaptionByFigure => "caption-by-figure",
        "A short block set just below a picture and within its width: a photo caption, kept out of the text.";
    FakeBoldOffset => "fake-bold-offset",
        "The same glyph drawn twice at a small offset (fake bold): one copy is kept, the other reported.";
    // The user's corrections.
    UserBreak => "user-break",
        "You set a paragraph break here.";
    UserJoin => "user-join",
        "You joined these lines into one paragraph.";
    UserEdit => "user-edit",
        "You placed this text by a correction.";
    // Repairs.
    FakeBoldRepeat => "fake-bold-repeat",
        "The line is the same text twice (fake-bold printing extracted twice): one copy is kept, the other reported.";
    FakeBoldDoubledGlyphs => "fake-bold-doubled-glyphs",
        "Every character is doubled (fake-bold printing): one of each is kept, the others reported.";
}

impl Rule {
    /// Whether a leftover with this rule is a removed copy (fake bold) rather than the line's
    /// own text kept out of every article.
    pub fn reports_a_copy(self) -> bool {
        matches!(self, Rule::FakeBoldRepeat | Rule::FakeBoldDoubledGlyphs | Rule::FakeBoldOffset)
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for rule in Rule::ALL {
            assert_eq!(Rule::from_name(rule.name()), Some(*rule));
        }
        let mut names: Vec<_> = Rule::ALL.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
    }
}

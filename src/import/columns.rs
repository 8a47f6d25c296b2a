//! Text laid out as on the page (`pdftotext -layout`, e-paper text exports): columns side by
//! side, each line carrying a piece of every column with a run of spaces between. Read as it
//! stands, every line would weave two stories together; the columns are read one after the
//! other instead.
//!
//! A page is taken as laid out when many of its lines have a gutter (three spaces or more,
//! two ideographic spaces or more, between text) after which text starts at the same place
//! (East Asian width counted). Every character is kept: each goes to the column it stands in,
//! and a line that crosses the gutter (a headline over both columns) stays whole, in the
//! first column.

use crate::text::script::is_wide;

/// Spaces that make a gutter.
const GUTTER_SPACES: usize = 3;
/// Ideographic spaces that make a gutter.
const GUTTER_IDEOGRAPHIC: usize = 2;
/// How far (in cells) from the column's start a line's right text may start and still be in it.
const SLACK: usize = 2;
/// At least this many lines, and this share of the non-blank lines, have the gutter.
const MIN_LINES: usize = 6;
const MIN_SHARE: f32 = 0.3;
/// Columns read apart, at most (a gutter is looked for again in the columns after the first).
const MAX_COLUMNS: usize = 6;

/// The text with its side-by-side columns read one after the other (a blank line between
/// them), or `None` when its lines do not stand in columns.
///
/// ```
/// use broadsheet::import::columns::unweave;
/// let page = "Fire at the mill     Council votes\nFlames rose over    The council met\nthe river.          on Monday.\nA crowd came.       The vote was\nThe roof fell.      close, and\nNobody was hurt.    carried.\n";
/// let read = unweave(page).unwrap();
/// assert!(read.starts_with("Fire at the mill\nFlames rose over\nthe river.\n"), "{read}");
/// assert!(read.contains("\n\nCouncil votes\nThe council met\non Monday.\n"), "{read}");
/// assert_eq!(unweave("A plain page\nof text, one column."), None);
/// ```
pub fn unweave(text: &str) -> Option<String> {
    if inner_gaps(text.as_bytes()) < MIN_LINES {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let columns = split(&lines, MAX_COLUMNS)?;
    let mut out = String::with_capacity(text.len() + 2 * columns.len());
    for (k, column) in columns.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let end = column.iter().rposition(|l| !l.trim().is_empty()).map_or(0, |e| e + 1);
        let mut blank_before = true;
        for line in &column[..end] {
            let blank = line.trim().is_empty();
            // A column's own gaps stay; the runs of blank lines the other columns leave collapse.
            if blank && blank_before {
                continue;
            }
            out.push_str(if blank { "" } else { line });
            out.push('\n');
            blank_before = blank;
        }
    }
    Some(out)
}

/// How many runs of spaces that could be gutters stand inside the text's lines (after
/// text, not at a line's start), counted by fast searches over the whole text: most pages
/// have too few to be in columns, and are answered at once.
fn inner_gaps(bytes: &[u8]) -> usize {
    const IDEOGRAPHIC: &[u8] = "\u{3000}".as_bytes();
    let after_text = |at: usize| {
        let before = &bytes[..at];
        !before.is_empty()
            && !matches!(before[before.len() - 1], b' ' | b'\n' | b'\r' | b'\t')
            && !before.ends_with(IDEOGRAPHIC)
    };
    let mut count = 0;
    for pattern in ["   ", "\u{3000}\u{3000}", " \u{3000}", "\u{3000} "] {
        count += memchr::memmem::find_iter(bytes, pattern.as_bytes()).filter(|&at| after_text(at)).count();
        if count >= MIN_LINES {
            break;
        }
    }
    count
}

/// The columns of `lines`, each a list of lines, when they stand in two or more.
fn split(lines: &[&str], budget: usize) -> Option<Vec<Vec<String>>> {
    if budget < 2 {
        return None;
    }
    let at = gutter_column(lines)?;
    let (mut left, mut right) = (Vec::with_capacity(lines.len()), Vec::with_capacity(lines.len()));
    for line in lines {
        let (l, r) = cut(line, at);
        left.push(l);
        right.push(r);
    }
    let right_refs: Vec<&str> = right.iter().map(String::as_str).collect();
    let mut columns = vec![left];
    match split(&right_refs, budget - 1) {
        Some(more) => columns.extend(more),
        None => columns.push(right),
    }
    Some(columns)
}

/// Where text starts after a gutter (in cells) on enough lines to be a column, if anywhere.
fn gutter_column(lines: &[&str]) -> Option<usize> {
    // For each cell, the lines with a gutter ending within SLACK of it (each line once).
    let mut lines_at: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    // And the lines whose text starts right there.
    let mut exact: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let mut nonblank = 0usize;
    let mut near: Vec<usize> = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        nonblank += 1;
        near.clear();
        for (_, start) in gutters(line) {
            near.extend(start.saturating_sub(SLACK)..=start + SLACK);
            *exact.entry(start).or_default() += 1;
        }
        near.sort_unstable();
        near.dedup();
        for &c in &near {
            *lines_at.entry(c).or_default() += 1;
        }
    }
    // The cell with the most lines; of equals, where most lines start exactly, then the leftmost.
    let count = lines_at.values().copied().max()?;
    let exactly = |c: &usize| exact.get(c).copied().unwrap_or(0);
    let column = lines_at
        .iter()
        .filter(|&(_, &n)| n == count)
        .map(|(&c, _)| c)
        .max_by(|a, b| exactly(a).cmp(&exactly(b)).then(b.cmp(a)))?;
    (count >= MIN_LINES && count as f32 >= MIN_SHARE * nonblank as f32).then_some(column)
}

/// A line's gutters: for each, the byte where the text after it starts and that text's cell.
fn gutters(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();

    let (mut cell, mut run_spaces, mut run_ideographic, mut seen_text) = (0usize, 0usize, 0usize, false);
    for (byte, c) in line.char_indices() {
        match c {
            ' ' => run_spaces += 1,
            '\u{3000}' => run_ideographic += 1,
            _ => {
                let gutter = run_spaces + 2 * run_ideographic >= GUTTER_SPACES || run_ideographic >= GUTTER_IDEOGRAPHIC;
                if seen_text && gutter {
                    out.push((byte, cell));
                }
                (run_spaces, run_ideographic, seen_text) = (0, 0, true);
            }
        }
        cell += width(c);
    }
    out
}

/// The indent of text starting at cell `start` in a column starting at `at`: a cell's
/// difference is the slack of the layout, two or more an indent.
fn indent(start: usize, at: usize) -> usize {
    if start >= at + 2 { (start - at).min(MAX_INDENT) } else { 0 }
}

/// An indent is kept up to this many cells (more is the layout's slack, and a line of tabs
/// must not grow the page).
const MAX_INDENT: usize = 8;

fn width(c: char) -> usize {
    if c == '\t' {
        8
    } else if is_wide(c) {
        2
    } else {
        1
    }
}

/// `line` cut at cell `at`: its text before the gutter and its text after it (with the
/// spaces that stand between the column's start and it, as its indent). A line that crosses
/// the gutter stays whole on the left.
fn cut(line: &str, at: usize) -> (String, String) {
    if let Some(&(byte, start)) = gutters(line).iter().find(|&&(_, s)| s.abs_diff(at) <= SLACK) {
        let indent = " ".repeat(indent(start, at));
        return (line[..byte].trim_end().to_owned(), format!("{indent}{}", &line[byte..]));
    }
    // No gutter there: the line lies wholly on one side, or crosses.
    let mut cell = 0usize;
    let first_text = line.char_indices().find_map(|(byte, c)| {
        let here = cell;
        cell += width(c);
        (!c.is_whitespace()).then_some((byte, here))
    });
    match first_text {
        Some((byte, start)) if start + SLACK >= at => {
            (String::new(), format!("{}{}", " ".repeat(indent(start, at)), &line[byte..]))
        }
        _ => (line.trim_end().to_owned(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn non_space(text: &str) -> Vec<char> {
        let mut chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        chars.sort_unstable();
        chars
    }

    const TWO: &str = "\
COUNCIL BACKS NEW BRIDGE OVER THE RIVER
The council voted on Monday     Harbour fees will rise
to build a bridge over the      next spring, the port
river at the old ferry.         board said on Tuesday.

  Work starts in May and          Fishermen asked for
the bridge opens next           a delay; the board
year, the mayor said.           said it would listen.
A crowd cheered outside.        Ships pay by the ton.
";

    #[test]
    fn two_columns_are_read_one_after_the_other_and_no_character_is_lost() {
        let read = unweave(TWO).expect("two columns");
        assert_eq!(non_space(&read), non_space(TWO));
        let lines: Vec<&str> = read.lines().collect();
        assert_eq!(lines[0], "COUNCIL BACKS NEW BRIDGE OVER THE RIVER", "a line over both columns stays whole");
        assert_eq!(lines[1], "The council voted on Monday");
        let right = lines.iter().position(|l| *l == "Harbour fees will rise").expect("the right column");
        assert!(lines[..right].contains(&"A crowd cheered outside."), "the left column ends before the right begins");
        assert!(lines.contains(&"  Work starts in May and"), "indents kept");
        assert!(lines.contains(&"  Fishermen asked for"), "indents kept in the right column");
        assert_eq!(lines.last(), Some(&"Ships pay by the ton."));
    }

    #[test]
    fn chinese_columns_with_ideographic_gutters() {
        let page = "本报讯 市里召开会议　　　　港口今年吞吐量\n研究部署春季工作。　　　　再创新高，货物\n会议要求各部门　　　　　　运输稳中有进。\n抓好落实，确保　　　　　　港口集团表示，\n按期完成任务。　　　　　　明年继续扩建。\n会议由市长主持。　　　　　码头新增泊位。\n";
        let read = unweave(page).expect("two columns");
        assert_eq!(non_space(&read), non_space(page));
        assert!(read.starts_with("本报讯 市里召开会议\n研究部署春季工作。\n"), "{read}");
        assert!(read.contains("\n\n港口今年吞吐量\n再创新高，货物\n"), "{read}");
    }

    #[test]
    fn three_columns() {
        let row = |a: &str, b: &str, c: &str| format!("{a:<20}{b:<20}{c}\n");
        let page: String = (0..8)
            .map(|i| row(&format!("left {i} text"), &format!("middle {i} text"), &format!("right {i}")))
            .collect();
        let read = unweave(&page).expect("columns");
        let lines: Vec<&str> = read.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "left 0 text");
        assert_eq!(lines[8], "middle 0 text");
        assert_eq!(lines[16], "right 0");
        assert_eq!(non_space(&read), non_space(&page));
    }

    #[test]
    fn ordinary_pages_are_left_alone() {
        assert_eq!(unweave("标题\n\n正文第一段。\n正文第二段。"), None);
        // A few wide spaces (a table row, a signature) do not make columns.
        let page = "Prices\nWheat     12\nOats      9\nThe market was quiet today and the\ntraders went home early, said the\nclerk of the exchange on Friday.\nMore news follows on the next page\nof this paper, as every week.\n";
        assert_eq!(unweave(page), None);
    }

    #[test]
    fn a_text_page_in_columns_says_it_was_read_so() {
        let page = crate::import::decode_text("p.txt", TWO.as_bytes()).expect("decodes");
        assert_eq!(page.encoding, format!("UTF-8, {}", crate::import::text::UNWOVEN));
        assert_eq!(page.lines[1].text, "The council voted on Monday");
        let plain = crate::import::decode_text("p.txt", b"FIRE\n\nFlames rose.").expect("decodes");
        assert_eq!(plain.encoding, "UTF-8");
    }

    proptest::proptest! {
        /// Whatever the lines, no character is lost or made up, and nothing panics.
        #[test]
        fn no_character_is_lost(lines in proptest::collection::vec("[a中 \t\u{3000}x]{0,40}", 0..40)) {
            let text = lines.join("\n");
            if let Some(read) = unweave(&text) {
                proptest::prop_assert_eq!(non_space(&read), non_space(&text));
                // Each piece of a line gains at most an indent and a line end.
                let most = text.len() + (MAX_INDENT + 2) * MAX_COLUMNS * (lines.len() + 1);
                proptest::prop_assert!(read.len() <= most, "{} > {most}", read.len());
            }
        }
    }
}

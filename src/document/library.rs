//! The library's own segmentation of the page (a METS logical structure map, see
//! [`crate::model::Layout::library`]) as placements of the page's lines: to start from it
//! instead of the detection, and to see where the page as it stands differs from it.

use super::{Document, Placement};
use crate::model::{ArticleId, LibraryArticle, LineId, Role};
use std::collections::BTreeMap;

/// A block the library places in another article than the page does now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryDifference {
    /// The block's first line.
    pub line: LineId,
    /// The library's article for it (its label), or `None`: the library puts it in none.
    pub library: Option<String>,
    /// The article it is in now, or `None`: unassigned.
    pub now: Option<ArticleId>,
}

impl Document {
    /// The library's articles on this page (empty when the file gave none).
    pub fn library(&self) -> &[LibraryArticle] {
        self.page.layout.as_ref().map_or(&[], |l| l.library.as_slice())
    }

    /// Where the library puts each non-blank line: in the article it names, with the role its
    /// part has; a line in none of its articles is noise. Each library article takes the id
    /// of the article it shares most lines with now (one each, the largest shares first), so
    /// that what the two agree on keeps its id; the others get new ids. `None` when the page
    /// carries no library segmentation.
    pub fn library_placements(&self) -> Option<Vec<(LineId, Placement)>> {
        let layout = self.page.layout.as_ref().filter(|l| !l.library.is_empty())?;
        // Each line's library article and role.
        let mut of_line: Vec<Option<(usize, Role)>> = vec![None; self.page.lines.len()];
        for (k, article) in layout.library.iter().enumerate() {
            for &(block, role) in &article.parts {
                let Some(block) = layout.blocks.get(block) else { continue };
                for line in block.lines() {
                    if let Some(slot) = of_line.get_mut(line.index()) {
                        slot.get_or_insert((k, role));
                    }
                }
            }
        }
        let ids = self.library_ids(&of_line, layout.library.len());
        let mut out = Vec::new();
        for (i, slot) in of_line.iter().enumerate() {
            let line = LineId(i as u32);
            if self.page.lines[i].text.trim().is_empty() {
                continue;
            }
            let placement = match *slot {
                Some((k, role)) => Placement { article: Some(ids[k]), role },
                None => Placement { article: None, role: Role::Noise },
            };
            out.push((line, placement));
        }
        Some(out)
    }

    /// The id each library article takes (see [`Document::library_placements`]).
    fn library_ids(&self, of_line: &[Option<(usize, Role)>], count: usize) -> Vec<ArticleId> {
        let mut shared: BTreeMap<(usize, ArticleId), usize> = BTreeMap::new();
        for (i, slot) in of_line.iter().enumerate() {
            if let (Some((k, _)), Some(now)) = (slot, self.placement(LineId(i as u32)).article) {
                *shared.entry((*k, now)).or_default() += 1;
            }
        }
        let mut pairs: Vec<((usize, ArticleId), usize)> = shared.into_iter().collect();
        pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut ids: Vec<Option<ArticleId>> = vec![None; count];
        let mut taken = std::collections::BTreeSet::new();
        for ((k, now), _) in pairs {
            if ids[k].is_none() && taken.insert(now) {
                ids[k] = Some(now);
            }
        }
        let mut next = self.next_article_id().0;
        ids.into_iter()
            .map(|id| {
                id.unwrap_or_else(|| {
                    next = next.saturating_add(1);
                    ArticleId(next - 1)
                })
            })
            .collect()
    }

    /// The blocks the library places in another article than the page does now (or in
    /// none, or the page in none), in page order; empty when the page carries no library
    /// segmentation.
    pub fn library_differences(&self) -> Vec<LibraryDifference> {
        let (Some(layout), Some(placements)) = (self.page.layout.as_ref(), self.library_placements()) else {
            return Vec::new();
        };
        let wanted: BTreeMap<LineId, Placement> = placements.into_iter().collect();
        let mut out = Vec::new();
        for (k, block) in layout.blocks.iter().enumerate() {
            let differs = block
                .lines()
                .find(|line| wanted.get(line).is_some_and(|want| want.article != self.placement(*line).article));
            if let Some(line) = differs {
                // The library article that holds the block, by its label (or kind).
                let article = layout.library.iter().find(|a| a.parts.iter().any(|&(b, _)| b == k));
                let library = article.map(|a| if a.label.is_empty() { a.kind.clone() } else { a.label.clone() });
                out.push(LibraryDifference { line, library, now: self.placement(line).article });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Edit, History};

    /// A line of words at `y` in block `id` (all in the team's own words).
    fn block(id: &str, y: u32, text: &str, height: u32) -> String {
        let words: Vec<String> = text
            .split(' ')
            .enumerate()
            .map(|(k, w)| {
                let x = 100 + k as u32 * 160;
                format!(r#"<String CONTENT="{w}" HPOS="{x}" VPOS="{y}" WIDTH="150" HEIGHT="{height}"/>"#)
            })
            .collect();
        format!(
            r#"<TextBlock ID="{id}"><TextLine HPOS="100" VPOS="{y}" WIDTH="1400" HEIGHT="{height}">{}</TextLine></TextBlock>"#,
            words.join("<SP/>")
        )
    }

    fn alto() -> String {
        let blocks = [
            block("TB1", 100, "FIRE AT THE MILL", 80),
            block("TB2", 220, "Flames rose over the old mill on Sunday night and the firemen came.", 30),
            block("TB3", 320, "COUNCIL VOTES", 80),
            format!(
                r#"<ComposedBlock ID="CB1">{}</ComposedBlock>"#,
                block("TB4", 440, "The council met on Monday to vote on the school budget.", 30)
            ),
            block("TB5", 540, "Printed and published by the Gazette Press.", 30),
        ];
        format!(
            r#"<alto><Layout><Page WIDTH="2000" HEIGHT="1000"><PrintSpace>{}</PrintSpace></Page></Layout></alto>"#,
            blocks.concat()
        )
    }

    const METS: &str = r#"<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink">
  <mets:fileSec>
    <mets:fileGrp ID="ImageGroup"><mets:fileGrp ID="OCRMasterFiles" USE="Preservation">
      <mets:file ID="IMG1" MIMETYPE="image/jp2"><mets:FLocat LOCTYPE="URL" xlink:href="file://./master/p1.jp2"/></mets:file>
    </mets:fileGrp></mets:fileGrp>
    <mets:fileGrp ID="TextGroup"><mets:fileGrp ID="ALTOFiles" USE="content">
      <mets:file ID="ALTO1" MIMETYPE="text/xml"><mets:FLocat LOCTYPE="URL" xlink:href="file://./p1.xml"/></mets:file>
    </mets:fileGrp></mets:fileGrp>
  </mets:fileSec>
  <mets:structMap TYPE="LOGICAL"><mets:div TYPE="Newspaper"><mets:div TYPE="ISSUE"><mets:div TYPE="CONTENT">
    <mets:div TYPE="ARTICLE" ID="A1" LABEL="The mill fire">
      <mets:div TYPE="HEADING"><mets:div TYPE="TITLE"><mets:fptr><mets:area FILEID="ALTO1" BEGIN="TB1" BETYPE="IDREF"/></mets:fptr></mets:div></mets:div>
      <mets:div TYPE="BODY"><mets:div TYPE="PARAGRAPH"><mets:fptr><mets:seq><mets:area FILEID="ALTO1" BEGIN="TB2" BETYPE="IDREF"/></mets:seq></mets:fptr></mets:div></mets:div>
    </mets:div>
    <mets:div TYPE="ARTICLE" ID="A2">
      <mets:div TYPE="HEADING"><mets:div TYPE="TITLE"><mets:fptr><mets:area FILEID="ALTO1" BEGIN="TB3" BETYPE="IDREF"/></mets:fptr></mets:div></mets:div>
      <mets:div TYPE="BODY"><mets:fptr><mets:area FILEID="ALTO1" BEGIN="CB1" BETYPE="IDREF"/><mets:area FILEID="ALTO9" BEGIN="TB1" BETYPE="IDREF"/></mets:fptr></mets:div>
    </mets:div>
  </mets:div></mets:div></mets:div></mets:structMap>
  <mets:structMap TYPE="PHYSICAL"><mets:div TYPE="Newspaper"><mets:div TYPE="TITLE_PAGE" ORDER="1">
    <mets:fptr><mets:par><mets:area FILEID="IMG1"/><mets:area FILEID="ALTO1" BETYPE="IDREF" BEGIN="P1"/></mets:par></mets:fptr>
  </mets:div></mets:div></mets:structMap>
</mets:mets>"#;

    fn issue_page(name: &str) -> crate::model::Page {
        let dir = std::env::temp_dir().join(format!("broadsheet-library-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("p1.xml"), alto()).unwrap();
        std::fs::write(dir.join("issue.mets.xml"), METS).unwrap();
        let path = dir.join("issue.mets.xml");
        let source = crate::import::open_at(&path, std::fs::read(&path).unwrap()).expect("opens");
        let page = source.page(0).expect("page 1");
        let _ = std::fs::remove_dir_all(dir);
        page
    }

    /// The METS is shaped as BnF writes it: file groups inside groups (the text group's use
    /// says only "content"; the scans' group is named for OCR), pages typed `TITLE_PAGE`.
    #[test]
    fn the_logical_map_gives_the_library_articles_by_block_id() {
        let page = issue_page("read");
        let layout = page.layout.as_ref().expect("a layout");
        assert_eq!(layout.blocks[3].source_ids, ["TB4", "CB1"], "a composed block's id stands after the block's");
        let parts: Vec<_> =
            layout.library.iter().map(|a| (a.label.as_str(), a.kind.as_str(), a.parts.clone())).collect();
        assert_eq!(
            parts,
            [
                ("The mill fire", "ARTICLE", vec![(0, Role::Headline), (1, Role::Body)]),
                ("A2", "ARTICLE", vec![(2, Role::Headline), (3, Role::Body)]),
            ],
            "areas on another page's file are left out"
        );
    }

    #[test]
    fn starting_from_the_library_is_one_undo_step_and_differences_show_after_a_correction() {
        let mut doc = Document::new(issue_page("use"));
        let detected: Vec<_> = doc.articles().iter().map(|a| a.headline.clone()).collect();
        let mut history = History::new();
        history.apply(&mut doc, &Edit::UseLibrary).expect("applies");
        assert_eq!(history.undo_label(), Some("Use the library's articles"));
        let articles = doc.articles();
        let heads: Vec<_> = articles.iter().map(|a| a.headline.as_deref()).collect();
        assert_eq!(heads, [Some("FIRE AT THE MILL"), Some("COUNCIL VOTES")]);
        assert!(articles[1].plain_text().contains("school budget"));
        assert!(doc.unassigned().iter().any(|l| l.text.contains("Gazette Press")), "in no library article");
        assert_eq!(doc.library_differences(), []);

        // The user merges the two stories: the second story's blocks now differ.
        let ids = doc.article_ids();
        history.apply(&mut doc, &Edit::Merge { first: ids[0], second: ids[1] }).expect("merges");
        let differences = doc.library_differences();
        assert_eq!(differences.len(), 2, "{differences:?}");
        assert_eq!(differences[0].library.as_deref(), Some("A2"));
        assert_eq!(differences[0].now, Some(ids[0]));

        history.undo(&mut doc);
        history.undo(&mut doc);
        let back: Vec<_> = doc.articles().iter().map(|a| a.headline.clone()).collect();
        assert_eq!(back, detected, "undo gives the detection back");
    }

    #[test]
    fn a_page_without_a_library_structure_says_so() {
        let mut doc = Document::new(crate::model::Page::from_text("p", "UTF-8", "FIRE\n\nFlames rose."));
        assert!(doc.library_placements().is_none() && doc.library_differences().is_empty());
        assert_eq!(History::new().apply(&mut doc, &Edit::UseLibrary), Err(crate::edit::EditError::NoLibrary));
    }
}

//! The article list: a colour chip, the headline (or first words), byline, paragraph count.

use super::command::Command;
use broadsheet::document::ArticleText;
use broadsheet::edit::Edit;
use egui::{Color32, RichText};

/// A colour per article, shared by the sidebar chip and the source-pane gutter.
pub fn article_color(index: usize) -> Color32 {
    const PALETTE: [Color32; 10] = [
        Color32::from_rgb(0x4e, 0x79, 0xa7),
        Color32::from_rgb(0xf2, 0x8e, 0x2b),
        Color32::from_rgb(0x59, 0xa1, 0x4f),
        Color32::from_rgb(0xe1, 0x57, 0x59),
        Color32::from_rgb(0x76, 0xb7, 0xb2),
        Color32::from_rgb(0xed, 0xc9, 0x48),
        Color32::from_rgb(0xb0, 0x7a, 0xa1),
        Color32::from_rgb(0xff, 0x9d, 0xa7),
        Color32::from_rgb(0x9c, 0x75, 0x5f),
        Color32::from_rgb(0xba, 0xb0, 0xac),
    ];
    PALETTE[index % PALETTE.len()]
}

/// What the sidebar shows.
pub struct SidebarView<'a> {
    /// Every article, in reading order.
    pub articles: &'a [ArticleText],
    /// Those the filter lets through (indices into `articles`).
    pub visible: &'a [usize],
    /// The selected article (index into `articles`).
    pub selected: usize,
    /// Bring the selected article into view: it was picked elsewhere (on the page, in the
    /// source, with the keyboard).
    pub scroll_to_selected: bool,
    /// How many articles the library's segmentation has on the page (0: the file gives none).
    pub library_articles: usize,
    /// Where the page differs from the library's segmentation.
    pub library_differences: &'a [broadsheet::document::LibraryDifference],
}

/// Draws the article list into the left panel.
pub fn sidebar_ui(
    ui: &mut egui::Ui,
    view: &SidebarView,
    filter: &mut String,
    focus_filter: &mut bool,
    pending: &mut Vec<Command>,
) {
    let (articles, visible, selected) = (view.articles, view.visible, view.selected);
    ui.add_space(4.0);
    let count = if visible.len() == articles.len() {
        format!("{} articles", articles.len())
    } else {
        format!("{} of {} articles", visible.len(), articles.len())
    };
    ui.heading(count);
    let edit =
        ui.add(egui::TextEdit::singleline(filter).hint_text("Filter articles (Ctrl+F)").desired_width(f32::INFINITY));
    if std::mem::take(focus_filter) {
        edit.request_focus();
    }
    if edit.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        filter.clear();
    }
    if view.library_articles > 0 {
        library_ui(ui, view, pending);
    }
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for &i in visible {
            let Some(article) = articles.get(i) else { continue };
            let row = article_row_ui(ui, i, article, i == selected, pending);
            if view.scroll_to_selected && i == selected {
                row.scroll_to_me(None);
            }
            row.context_menu(|ui| article_menu_ui(ui, articles, i, pending));
        }
        if visible.is_empty() {
            ui.weak("No article matches the filter.");
        }
    });
}

/// The library's segmentation (METS): how far the page differs from it, each differing
/// block (a click shows it), and the command to start from it.
fn library_ui(ui: &mut egui::Ui, view: &SidebarView, pending: &mut Vec<Command>) {
    let differences = view.library_differences;
    let articles = match view.library_articles {
        1 => "1 article".to_owned(),
        n => format!("{n} articles"),
    };
    let title = match differences.len() {
        0 => format!("Library: {articles}, the same"),
        1 => format!("Library: {articles}, 1 block differs"),
        n => format!("Library: {articles}, {n} blocks differ"),
    };
    egui::CollapsingHeader::new(title).id_salt("library").show(ui, |ui| {
        let button = ui.add_enabled(!differences.is_empty(), egui::Button::new("Use the library's articles"));
        if button.on_hover_text("Every line goes where the library put it (one undo step)").clicked() {
            pending.push(Command::Edit(Edit::UseLibrary));
        }
        egui::ScrollArea::vertical().id_salt("library-differences").max_height(160.0).show(ui, |ui| {
            for d in differences {
                let library = d.library.as_deref().unwrap_or("no article");
                let now = d.now.map_or("unassigned".to_owned(), |id| format!("article {}", id.0));
                let row = format!("Line {}: library {library}, here {now}", d.line.0 + 1);
                if ui.selectable_label(false, row).clicked() {
                    pending.push(Command::SelectLine(d.line.index()));
                }
            }
        });
    });
}

/// The right-click menu of an article.
fn article_menu_ui(ui: &mut egui::Ui, articles: &[ArticleText], i: usize, pending: &mut Vec<Command>) {
    let id = articles[i].id;
    let previous = i.checked_sub(1).and_then(|k| articles.get(k)).map(|a| a.id);
    let next = articles.get(i + 1).map(|a| a.id);
    let mut item = |ui: &mut egui::Ui, enabled: bool, label: &str, command: Command| {
        if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
            pending.push(command);
            ui.close();
        }
    };
    let merge_previous = previous.map(|first| Edit::Merge { first, second: id });
    let merge_next = next.map(|second| Edit::Merge { first: id, second });
    item(
        ui,
        merge_previous.is_some(),
        "Merge with previous",
        merge_previous.map_or(Command::DismissError, Command::Edit),
    );
    item(ui, merge_next.is_some(), "Merge with next", merge_next.map_or(Command::DismissError, Command::Edit));
    ui.separator();
    item(ui, previous.is_some(), "Move up", Command::Edit(Edit::MoveArticle { article: id, up: true }));
    item(ui, next.is_some(), "Move down", Command::Edit(Edit::MoveArticle { article: id, up: false }));
    item(ui, true, "Rename headline…", Command::BeginRename(id));
    ui.separator();
    item(ui, true, "Delete (keep its text as unassigned)", Command::Edit(Edit::Delete { article: id }));
}

fn article_row_ui(
    ui: &mut egui::Ui,
    index: usize,
    article: &ArticleText,
    selected: bool,
    pending: &mut Vec<Command>,
) -> egui::Response {
    let row = ui.horizontal(|ui| {
        let (chip, _) = ui.allocate_exact_size(egui::vec2(6.0, 36.0), egui::Sense::hover());
        ui.painter().rect_filled(chip, 2.0, article_color(index));
        ui.vertical(|ui| {
            let title = RichText::new(article.title()).strong();
            let button = egui::Button::selectable(selected, title).wrap();
            let response = ui.add(button);
            if response.clicked() {
                pending.push(Command::Select(index));
            }
            if selected && response.gained_focus() {
                response.scroll_to_me(None);
            }
            let paragraphs = match article.paragraphs.len() {
                1 => "1 paragraph".to_owned(),
                n => format!("{n} paragraphs"),
            };
            let details = match &article.byline {
                Some(byline) => format!("{byline} · {paragraphs}"),
                None => paragraphs,
            };
            ui.label(RichText::new(details).small().weak());
            response
        })
        .inner
    });
    ui.add_space(2.0);
    row.inner
}

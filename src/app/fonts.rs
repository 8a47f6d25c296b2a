//! Fonts: egui's defaults for Latin, the embedded CJK font as fallback for both families.
//! eframe adds the system's fonts after these (its `system_fonts` feature).

use std::sync::{Arc, OnceLock};

/// Noto Sans CJK SC, subset to the basic CJK block and punctuation (see fonts/README.md).
const CJK_FONT: &[u8] = include_bytes!("../../fonts/NotoSansSC-Broadsheet.otf");

/// The embedded CJK font's bytes, for the PDF renderer to stand in for CJK fonts a file names
/// but does not embed (STSong-Light). Copied once, shared by every render.
pub fn cjk_font_data() -> Arc<Vec<u8>> {
    static DATA: OnceLock<Arc<Vec<u8>>> = OnceLock::new();
    DATA.get_or_init(|| Arc::new(CJK_FONT.to_vec())).clone()
}

/// The family for CJK text: the CJK font first, so that quotes and dashes shared with Latin
/// (“ ” — …) are set full-width as Chinese typography wants; Latin falls through to egui's.
pub fn cjk_family() -> egui::FontFamily {
    egui::FontFamily::Name("cjk-first".into())
}

/// Installs the fonts on `ctx`.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert("noto-sans-sc".to_owned(), Arc::new(egui::FontData::from_static(CJK_FONT)));
    let mut cjk_first = vec!["noto-sans-sc".to_owned()];
    cjk_first.extend(fonts.families.get(&egui::FontFamily::Proportional).cloned().unwrap_or_default());
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push("noto-sans-sc".to_owned());
    }
    fonts.families.insert(cjk_family(), cjk_first);
    ctx.set_fonts(fonts);
}

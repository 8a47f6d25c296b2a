//! Fonts: egui's defaults for Latin, the embedded CJK font as fallback for both families.
//! eframe adds the system's fonts after these (its `system_fonts` feature).

use std::sync::Arc;

/// Noto Sans CJK SC, subset to the basic CJK block and punctuation (see fonts/README.md).
const CJK_FONT: &[u8] = include_bytes!("../../fonts/NotoSansSC-Broadsheet.otf");

/// Installs the fonts on `ctx`.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert("noto-sans-sc".to_owned(), Arc::new(egui::FontData::from_static(CJK_FONT)));
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push("noto-sans-sc".to_owned());
    }
    ctx.set_fonts(fonts);
}

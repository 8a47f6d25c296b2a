//! The window's spinner: it repaints a few times a second rather than every frame, so that a
//! long wait costs little and the UI still settles between repaints (tests step it).

use egui::{Pos2, Sense, Stroke, vec2};

/// A spinner the size of a line, announced to screen readers as `what` ("Rendering page").
pub fn spinner_ui(ui: &mut egui::Ui, what: &str) {
    let size = ui.spacing().interact_size.y;
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, what));
    let time = ui.input(|i| i.time);
    let start = time * std::f64::consts::TAU;
    let radius = rect.height() * 0.5 - 3.0;
    let points: Vec<Pos2> = (0..16)
        .map(|i| {
            let angle = start + f64::from(i) / 16.0 * 4.0;
            rect.center() + radius * vec2(angle.cos() as f32, angle.sin() as f32)
        })
        .collect();
    ui.painter().add(egui::Shape::line(points, Stroke::new(2.5, ui.visuals().strong_text_color())));
    ui.ctx().request_repaint_after(std::time::Duration::from_millis(40));
}

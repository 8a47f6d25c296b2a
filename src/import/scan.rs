//! Page scans beside OCR files: found from what the file names (ALTO `sourceImageInformation`,
//! a METS IMAGE file group) or from the file's own name, and drawn at the page's size.
//!
//! Only files inside the OCR file's folder are looked at. A scan is decoded with limits: at
//! most [`MAX_SCAN_PIXELS`] pixels, so that a hostile image cannot exhaust memory.

use super::{ImportError, Raster};
use std::path::{Path, PathBuf};

/// The image formats a scan is read in, by extension (JPEG 2000, as libraries keep their
/// masters, among them).
pub const SCAN_EXTENSIONS: [&str; 9] = ["jpg", "jpeg", "png", "tif", "tiff", "jp2", "j2k", "jpf", "jpx"];

/// How a JPEG 2000 file starts: the JP2 signature box, or a bare codestream (SOC, SIZ).
const JP2_SIGNATURES: [&[u8]; 2] = [b"\x00\x00\x00\x0C\x6A\x50\x20\x20", b"\xFF\x4F\xFF\x51"];

/// The largest scan decoded: 400 million pixels (a broadsheet page at 600 dpi is 100 million).
pub const MAX_SCAN_PIXELS: u64 = 400_000_000;

/// The scan of the page an OCR file at `ocr` describes, when one is beside it: the file it
/// names (`named`, a path from the machine that made it: only its file name is kept), that
/// name with another image extension (a library's JPEG for its master TIFF), or the OCR
/// file's own name with an image extension (`0001.alto.xml` → `0001.jpg`).
pub fn scan_beside(ocr: &Path, named: Option<&str>) -> Option<PathBuf> {
    let folder = ocr.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut stems: Vec<String> = Vec::new();
    if let Some(named) = named {
        let base = named.rsplit(['/', '\\']).next().unwrap_or(named).trim();
        if !base.is_empty() {
            let candidate = folder.join(base);
            if is_scan(&candidate) && candidate.is_file() {
                return Some(candidate);
            }
            stems.push(base.rsplit_once('.').map_or(base, |(stem, _)| stem).to_owned());
        }
    }
    let own = ocr.file_name()?.to_string_lossy().into_owned();
    stems.push(own.split('.').next().unwrap_or(&own).to_owned());
    stems
        .iter()
        .filter(|s| !s.is_empty())
        .find_map(|stem| SCAN_EXTENSIONS.iter().map(|ext| folder.join(format!("{stem}.{ext}"))).find(|p| p.is_file()))
}

/// Whether the path names an image Broadsheet reads.
pub fn is_scan(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SCAN_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The scan at `path`, stretched over a page of `size` points, at `scale` pixels per point.
pub fn render_scan(path: &Path, size: (f32, f32), scale: f32) -> Result<Raster, ImportError> {
    let failed = |why: String| ImportError::Scan { file: path.to_owned(), why };
    let bytes = super::read_file(path).map_err(|e| failed(e.to_string()))?;
    let target = ((size.0 * scale).round().max(1.0) as u32, (size.1 * scale).round().max(1.0) as u32);
    if JP2_SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return render_jpeg2000(&bytes, target).map_err(failed);
    }
    let mut reader = image::ImageReader::new(std::io::Cursor::new(&bytes[..]))
        .with_guessed_format()
        .map_err(|e| failed(e.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_SCAN_PIXELS * 4);
    reader.limits(limits);
    let (width, height) = reader.into_dimensions().map_err(|e| failed(e.to_string()))?;
    if u64::from(width) * u64::from(height) > MAX_SCAN_PIXELS {
        return Err(failed(format!(
            "it is {width} × {height} pixels; Broadsheet shows scans of up to {} million",
            MAX_SCAN_PIXELS / 1_000_000
        )));
    }
    let mut reader = image::ImageReader::new(std::io::Cursor::new(&bytes[..]))
        .with_guessed_format()
        .map_err(|e| failed(e.to_string()))?;
    reader.limits(limits_for(width, height));
    let image = reader.decode().map_err(|e| failed(e.to_string()))?;
    Ok(fit(image, target))
}

/// `image` stretched to `target` pixels.
fn fit(image: image::DynamicImage, target: (u32, u32)) -> Raster {
    let rgba = if target.0 < image.width() && target.1 < image.height() {
        image.thumbnail_exact(target.0, target.1).into_rgba8()
    } else {
        image.resize_exact(target.0, target.1, image::imageops::FilterType::Triangle).into_rgba8()
    };
    Raster { width: rgba.width(), height: rgba.height(), rgba: rgba.into_raw() }
}

/// A JPEG 2000 scan, decoded at the resolution level nearest above `target` (a library
/// master of 100 million pixels is decoded at the size it is shown).
fn render_jpeg2000(bytes: &[u8], target: (u32, u32)) -> Result<Raster, String> {
    let probe =
        hayro_jpeg2000::Image::new(bytes, &hayro_jpeg2000::DecodeSettings::default()).map_err(|e| e.to_string())?;
    let (width, height) = (probe.width(), probe.height());
    if u64::from(width) * u64::from(height) > MAX_SCAN_PIXELS {
        return Err(format!(
            "it is {width} × {height} pixels; Broadsheet shows scans of up to {} million",
            MAX_SCAN_PIXELS / 1_000_000
        ));
    }
    let settings = hayro_jpeg2000::DecodeSettings { target_resolution: Some(target), ..Default::default() };
    let image = hayro_jpeg2000::Image::new(bytes, &settings).map_err(|e| e.to_string())?;
    let image = image::DynamicImage::from_decoder(image).map_err(|e| e.to_string())?;
    Ok(fit(image, target))
}

/// Decoding limits for an image of this size: its pixels in RGBA, twice over (a decoder may
/// convert), and no more.
fn limits_for(width: u32, height: u32) -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    limits.max_alloc = Some(u64::from(width) * u64::from(height) * 8 + (1 << 20));
    limits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("broadsheet-scan-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write_png(path: &Path, width: u32, height: u32) {
        let image = image::RgbImage::from_fn(width, height, |x, _| image::Rgb([(x % 256) as u8, 128, 200]));
        image.save(path).unwrap();
    }

    #[test]
    fn a_scan_is_found_beside_its_ocr_file() {
        let dir = folder("beside");
        let ocr = dir.join("0007.alto.xml");
        assert_eq!(scan_beside(&ocr, Some("C:\\scans\\0007.tif")), None, "nothing there yet");
        write_png(&dir.join("0007.png"), 8, 10);
        assert_eq!(scan_beside(&ocr, Some("C:\\scans\\0007.tif")), Some(dir.join("0007.png")), "another extension");
        assert_eq!(scan_beside(&ocr, None), Some(dir.join("0007.png")), "the file's own name");
        assert_eq!(scan_beside(&ocr, Some("//server/../../etc/0007.png")), Some(dir.join("0007.png")), "only the name");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_scan_is_drawn_at_the_page_size_and_scale() {
        let dir = folder("render");
        let scan = dir.join("p.png");
        write_png(&scan, 300, 400);
        let raster = render_scan(&scan, (72.0, 96.0), 2.0).expect("renders");
        assert_eq!((raster.width, raster.height), (144, 192));
        assert_eq!(raster.rgba.len(), 144 * 192 * 4);
        let bigger = render_scan(&scan, (72.0, 96.0), 5.0).expect("renders");
        assert_eq!((bigger.width, bigger.height), (360, 480));
        std::fs::write(dir.join("bad.png"), b"\x89PNG\r\n\x1a\nnot really").unwrap();
        let err = render_scan(&dir.join("bad.png"), (72.0, 96.0), 1.0).expect_err("damaged");
        assert!(err.to_string().contains("bad.png"), "{err}");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_jpeg_2000_scan_is_drawn_and_a_damaged_one_is_refused() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scans/page.jp2");
        assert!(is_scan(&path));
        let raster = render_scan(&path, (200.0, 280.0), 0.5).expect("decodes");
        assert_eq!((raster.width, raster.height), (100, 140));
        let luma = |x: u32, y: u32| {
            let at = ((y * raster.width + x) * 4) as usize;
            raster.rgba[at..at + 3].iter().map(|&c| u32::from(c)).sum::<u32>() / 3
        };
        assert!(luma(3, 3) > 200, "the page's margin is light: {}", luma(3, 3));
        assert!(luma(50, 20) < 80, "the band is dark: {}", luma(50, 20));
        assert!((70..150).contains(&luma(30, 100)), "a column is grey: {}", luma(30, 100));

        let dir = folder("jp2");
        let bytes = std::fs::read(&path).unwrap();
        let cut = dir.join("cut.jp2");
        std::fs::write(&cut, &bytes[..bytes.len() / 3]).unwrap();
        let _ = render_scan(&cut, (200.0, 280.0), 0.5).map(|r| r.width); // no panic, either way
        std::fs::write(&cut, &bytes[..40]).unwrap();
        let message = render_scan(&cut, (200.0, 280.0), 0.5).expect_err("no image in 40 bytes").to_string();
        assert!(message.contains("cut.jp2"), "{message}");
        let _ = std::fs::remove_dir_all(dir);
    }
}

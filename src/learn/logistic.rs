//! Logistic regression with an L2 penalty, fitted by Newton's method: small (a dozen or two
//! features), exact, deterministic.

/// The penalty on every weight but the bias (the first feature): it keeps weights of rare
/// features from running off on a few examples.
const L2: f64 = 1.0;

/// Newton steps stop when no weight moves more than this.
const TOLERANCE: f64 = 1e-7;

/// At most this many Newton steps.
const MAX_STEPS: usize = 100;

/// Fits weights (one per feature, the first the bias) to `samples` of feature values, yes/no
/// answers and how much each sample counts.
///
/// ```
/// // y = x: one feature that tells the answer, ten times each way.
/// let (yes, no): (&[f32], &[f32]) = (&[1.0, 1.0], &[1.0, 0.0]);
/// let samples: Vec<(&[f32], bool, f32)> = (0..10).flat_map(|_| [(yes, true, 1.0), (no, false, 1.0)]).collect();
/// let w = broadsheet::learn::fit_question(&samples, 2);
/// assert!(w[1] > 2.0 && w[0] < -1.0, "{w:?}");
/// ```
pub fn fit_question(samples: &[(&[f32], bool, f32)], features: usize) -> Vec<f32> {
    let mut w = vec![0.0f64; features];
    for _ in 0..MAX_STEPS {
        let mut gradient = vec![0.0f64; features];
        let mut hessian = vec![vec![0.0f64; features]; features];
        for (x, y, weight) in samples {
            let z: f64 = x.iter().zip(&w).map(|(&xi, wi)| f64::from(xi) * wi).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let r = f64::from(*weight) * (p - if *y { 1.0 } else { 0.0 });
            let v = f64::from(*weight) * p * (1.0 - p);
            let x: Vec<f64> = (0..features).map(|j| f64::from(x.get(j).copied().unwrap_or(0.0))).collect();
            for (j, row) in hessian.iter_mut().enumerate() {
                gradient[j] += r * x[j];
                for (cell, xk) in row.iter_mut().zip(&x) {
                    *cell += v * x[j] * xk;
                }
            }
        }
        for j in 0..features {
            let penalty = if j == 0 { 1e-6 } else { L2 };
            gradient[j] += penalty * w[j];
            hessian[j][j] += penalty;
        }
        let Some(step) = solve(hessian, gradient) else { break };
        let moved = step.iter().fold(0.0f64, |m, s| m.max(s.abs()));
        w.iter_mut().zip(&step).for_each(|(wi, s)| *wi -= s);
        if moved < TOLERANCE {
            break;
        }
    }
    w.into_iter().map(|v| v as f32).collect()
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting; `None` when singular.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&x, &y| a[x][col].abs().total_cmp(&a[y][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        let (upper, lower) = a.split_at_mut(col + 1);
        let pivot_row = &upper[col];
        for (offset, row) in lower.iter_mut().enumerate() {
            let factor = row[col] / pivot_row[col];
            for (cell, p) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                *cell -= factor * p;
            }
            b[col + 1 + offset] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let sum: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - sum) / a[row][row];
    }
    Some(x)
}

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
/// // y = x: one feature that tells the answer.
/// let samples: Vec<(&[f32], bool, f32)> =
///     vec![(&[1.0, 1.0], true, 1.0), (&[1.0, 0.0], false, 1.0), (&[1.0, 1.0], true, 1.0), (&[1.0, 0.0], false, 1.0)];
/// let w = broadsheet::learn::fit_question(&samples, 2);
/// assert!(w[1] > 1.0 && w[0] < 0.0);
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
            for j in 0..features {
                let xj = f64::from(x.get(j).copied().unwrap_or(0.0));
                gradient[j] += r * xj;
                for k in 0..features {
                    hessian[j][k] += v * xj * f64::from(x.get(k).copied().unwrap_or(0.0));
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
        for row in col + 1..n {
            let factor = a[row][col] / a[col][col];
            for k in col..n {
                a[row][k] -= factor * a[col][k];
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let sum: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - sum) / a[row][row];
    }
    Some(x)
}

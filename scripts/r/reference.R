# Reference values for the cohort statistics, computed independently in R with the psych package.
#
# Reads test/fixtures/r/manifest.json and the CSVs it names (written by scripts/r/datasets.ts),
# scores each scale itself (reverse keys, published missing-data rules), and writes
# test/fixtures/r/reference.json with, per dataset and scale:
#   - descriptives of the scale scores: n, mean(), sd(), quantile(type = 7) at .25/.5/.75, min, max;
#   - per cut-off: positives, n, prop.test(x, n, correct = FALSE)$conf.int (Wilson);
#   - reliability on complete cases: psych::alpha (raw_alpha, Feldt interval as alpha reports it,
#     alpha.drop raw_alpha, item.stats r.drop, mean and sd; items without variance dropped by psych) and
#     psych::omega(nfactors = 1, fm = "minres")$omega.tot with its loadings;
#   - against each benchmark: Welch interval (qt) and Cohen's d (pooled SD) for a mean and SD;
#     Newcombe's hybrid score interval (from prop.test Wilson intervals) for a prevalence.
#
# Run from the repository root:  Rscript scripts/r/reference.R
# Needs R with the psych, GPArotation (for psych::omega) and jsonlite packages (Debian:
# r-base-core, r-cran-psych, r-cran-jsonlite).

suppressPackageStartupMessages({
  library(psych)
  library(jsonlite)
})

root <- "test/fixtures/r"
manifest <- fromJSON(file.path(root, "manifest.json"), simplifyVector = FALSE)

wilson <- function(x, n) {
  ci <- suppressWarnings(prop.test(x, n, correct = FALSE)$conf.int)
  list(lower = ci[1], upper = ci[2])
}

compare_op <- function(x, op, v) {
  switch(op, ">=" = x >= v, ">" = x > v, "<=" = x <= v, "<" = x < v)
}

describe_scores <- function(x) {
  x <- x[!is.na(x)]
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  list(n = length(x), mean = mean(x), sd = if (length(x) > 1) sd(x) else NULL,
       q1 = q[1], median = q[2], q3 = q[3], min = min(x), max = max(x))
}

reliability <- function(items) {
  items <- items[complete.cases(items), , drop = FALSE]
  kept <- colnames(items)[apply(items, 2, sd) > 0]
  a <- suppressWarnings(suppressMessages(psych::alpha(items, warnings = FALSE)))
  om <- suppressWarnings(suppressMessages(psych::omega(items[, kept, drop = FALSE], nfactors = 1, fm = "minres", plot = FALSE)))
  list(
    n = nrow(items),
    items = length(kept),
    kept = as.list(kept),
    alpha = a$total$raw_alpha,
    feldtLower = a$feldt$lower.ci[[1]],
    feldtUpper = a$feldt$upper.ci[[1]],
    alphaIfDeleted = as.list(setNames(a$alpha.drop$raw_alpha, kept)),
    rDrop = as.list(setNames(a$item.stats$r.drop, kept)),
    itemMean = as.list(setNames(a$item.stats$mean, kept)),
    itemSd = as.list(setNames(a$item.stats$sd, kept)),
    omegaTotal = om$omega.tot,
    loadings = as.list(setNames(as.numeric(om$schmid$sl[, 1]), kept))
  )
}

welch <- function(m1, s1, n1, m2, s2, n2) {
  v1 <- s1^2 / n1
  v2 <- s2^2 / n2
  se <- sqrt(v1 + v2)
  df <- (v1 + v2)^2 / (v1^2 / (n1 - 1) + v2^2 / (n2 - 1))
  d <- m1 - m2
  pooled <- sqrt(((n1 - 1) * s1^2 + (n2 - 1) * s2^2) / (n1 + n2 - 2))
  list(difference = d, lower = d - qt(0.975, df) * se, upper = d + qt(0.975, df) * se, df = df, cohensD = d / pooled)
}

newcombe <- function(x1, n1, p2, n2) {
  p1 <- x1 / n1
  a <- wilson(x1, n1)
  b <- wilson(p2 * n2, n2)
  d <- p1 - p2
  list(difference = d,
       lower = d - sqrt((p1 - a$lower)^2 + (b$upper - p2)^2),
       upper = d + sqrt((a$upper - p1)^2 + (p2 - b$lower)^2))
}

out <- list()
for (ds in manifest$datasets) {
  data <- read.csv(file.path(root, ds$file), na.strings = "")
  scales <- list()
  for (s in ds$scales) {
    item_ids <- unique(unlist(s$components))
    x <- data[, item_ids, drop = FALSE]
    for (id in names(s$reverse)) x[[id]] <- s$reverse[[id]] - x[[id]]
    if (s$method == "product_sum") {
      comps <- sapply(s$components, function(p) x[[p[[1]]]] * x[[p[[2]]]])
      colnames(comps) <- sapply(s$components, function(p) paste0(p[[1]], "\u00d7", p[[2]]))
      scores <- rowSums(comps)
    } else {
      comps <- as.matrix(x)
      answered <- rowSums(!is.na(comps))
      if (is.null(s$minAnswered)) {
        scores <- if (s$method == "sum") rowSums(comps) else rowMeans(comps)
      } else {
        scores <- ifelse(answered >= s$minAnswered, rowMeans(comps, na.rm = TRUE), NA)
      }
    }
    d <- describe_scores(scores)
    cutoffs <- list()
    for (co in s$cutoffs) {
      valid <- scores[!is.na(scores)]
      positives <- sum(compare_op(valid, co$op, co$value))
      cutoffs[[co$id]] <- list(positives = positives, n = length(valid), ci = wilson(positives, length(valid)))
    }
    benchmarks <- list()
    for (b in s$benchmarks) benchmarks[[b$id]] <- welch(d$mean, d$sd, d$n, b$mean, b$sd, b$n)
    for (b in s$prevalenceBenchmarks) {
      co <- cutoffs[[b$cutoff]]
      benchmarks[[b$id]] <- newcombe(co$positives, co$n, b$prevalence, b$n)
    }
    scales[[s$id]] <- list(descriptives = d, cutoffs = cutoffs, reliability = reliability(as.data.frame(comps)), benchmarks = benchmarks)
  }
  out[[ds$name]] <- list(instrument = ds$instrument, scales = scales)
}

# Quantiles and the normal CDF the statistics rely on, over the range of arguments they meet.
distributions <- list()
for (df in c(1, 2, 3, 7.5, 29, 250.3, 5017, 1e5)) for (p in c(0.025, 0.975, 0.3)) distributions[[length(distributions) + 1]] <- list(f = "qt", args = list(p, df), value = qt(p, df))
for (d1 in c(2, 39, 242, 9999)) for (d2 in c(3, 234, 5824, 89991)) for (p in c(0.025, 0.975)) distributions[[length(distributions) + 1]] <- list(f = "qf", args = list(p, d1, d2), value = qf(p, d1, d2))
for (p in c(1e-12, 0.001, 0.025, 0.3, 0.5, 0.975, 0.999999)) distributions[[length(distributions) + 1]] <- list(f = "qnorm", args = list(p), value = qnorm(p))
for (z in c(-30, -8, -3, -1.96, -0.5, 0, 0.3, 1, 2.597142857142857, 5, 9)) distributions[[length(distributions) + 1]] <- list(f = "pnorm", args = list(z), value = pnorm(z))

# jsonlite prints at most 15 significant digits; numbers are written here with 17 (%.17g), which
# round-trips every double exactly.
to_json <- function(x, indent = "") {
  inner <- paste0(indent, " ")
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    parts <- vapply(seq_along(x), function(i) to_json(x[[i]], inner), "")
    if (is.null(names(x))) return(paste0("[\n", inner, paste(parts, collapse = paste0(",\n", inner)), "\n", indent, "]"))
    keys <- vapply(names(x), function(k) toJSON(k, auto_unbox = TRUE), "")
    return(paste0("{\n", inner, paste(paste0(keys, ": ", parts), collapse = paste0(",\n", inner)), "\n", indent, "}"))
  }
  if (length(x) != 1) return(to_json(as.list(x), indent))
  if (is.na(x)) return("null")
  if (is.character(x)) return(as.character(toJSON(x, auto_unbox = TRUE)))
  if (is.logical(x)) return(if (x) "true" else "false")
  sprintf("%.17g", x)
}

writeLines(
  to_json(list(
    generatedBy = "scripts/r/reference.R",
    r = R.version.string,
    psych = as.character(packageVersion("psych")),
    distributions = distributions,
    datasets = out
  )),
  file.path(root, "reference.json")
)
cat("wrote", file.path(root, "reference.json"), "\n")

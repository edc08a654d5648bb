# Reference loadings for the one-factor minres fit (src/cohort/minres.ts) where the start decides
# the answer: correlation matrices of two uncorrelated blocks of equicorrelated items. The fit has a
# local minimum on each block (loadings √ρ on one block, 0 on the other); which one an iteration
# reaches depends on where it starts, so these pin that the fit starts where psych's lands. And a
# Heywood case far from the bound: one item correlated ρ with each of k − 1 mutually uncorrelated
# items (a "star"), whose loading exceeds 1; and a three-item Heywood case (r12 = -.02, r13 = .01,
# r23 = -.82: exactly identified, lambda2^2 = r12 r23 / r13 = 1.64) whose first sweeps move a
# loading far beyond the bound.
#
# Writes test/fixtures/r/minres.json: per case the block sizes and the correlation within each
# block (or k and ρ of the star, or the three correlations) and psych::fa(r, nfactors = 1, fm = "minres")$loadings.
#
# Run from the repository root:  Rscript scripts/r/minres.R
# Needs R with the psych and jsonlite packages (Debian: r-base-core, r-cran-psych, r-cran-jsonlite).

suppressPackageStartupMessages({
  library(psych)
  library(jsonlite)
})

block <- function(sizes, rhos) {
  g <- rep(seq_along(sizes), sizes)
  r <- outer(g, g, function(a, b) ifelse(a == b, rhos[a], 0))
  diag(r) <- 1
  r
}

cases <- list(
  list(sizes = c(4, 3), rhos = c(0.5, 0.7)),
  list(sizes = c(4, 5), rhos = c(0.3, 0.2)),
  list(sizes = c(5, 6), rhos = c(0.4, 0.3))
)

star <- function(k, rho) {
  r <- matrix(0, k, k)
  r[1, ] <- rho
  r[, 1] <- rho
  diag(r) <- 1
  r
}

stars <- lapply(list(list(k = 20, rho = 0.22)), function(cs) {
  f <- suppressWarnings(suppressMessages(fa(star(cs$k, cs$rho), nfactors = 1, fm = "minres")))
  list(k = cs$k, rho = cs$rho, loadings = as.numeric(f$loadings))
})

threes <- lapply(list(c(-0.02, 0.01, -0.82)), function(cs) {
  r <- diag(3)
  r[1, 2] <- r[2, 1] <- cs[1]
  r[1, 3] <- r[3, 1] <- cs[2]
  r[2, 3] <- r[3, 2] <- cs[3]
  f <- suppressWarnings(suppressMessages(fa(r, nfactors = 1, fm = "minres")))
  list(r12 = cs[1], r13 = cs[2], r23 = cs[3], loadings = as.numeric(f$loadings))
})

out <- lapply(cases, function(cs) {
  f <- suppressWarnings(suppressMessages(fa(block(cs$sizes, cs$rhos), nfactors = 1, fm = "minres")))
  list(sizes = cs$sizes, rhos = cs$rhos, loadings = as.numeric(f$loadings))
})

writeLines(
  toJSON(list(
    generatedBy = "scripts/r/minres.R",
    r = R.version.string,
    psych = as.character(packageVersion("psych")),
    cases = out,
    stars = stars,
    threes = threes
  ), auto_unbox = TRUE, digits = NA, pretty = TRUE),
  "test/fixtures/r/minres.json"
)
cat("wrote test/fixtures/r/minres.json\n")

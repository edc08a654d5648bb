# Reference values for src/stats/distributions.ts, computed with base R's qt, pt, qnorm, pnorm,
# pbeta, qbeta, qf and lgamma over the whole range the functions accept: far tails
# (p down to 1e-300 for the normal, 1e-12 for t), the boundary arguments and degrees of freedom
# from 0.5 to 1e6. Infinite results (p = 0 or 1) are not stored; the tests check those by hand.
#
# Run from the repository root:  Rscript scripts/r/distributions.R
# Needs R with jsonlite (Debian: r-base-core, r-cran-jsonlite). Writes
# test/fixtures/r/distributions.json, read by test/mutation-stats-distributions.test.ts.

suppressPackageStartupMessages(library(jsonlite))

rows <- list()
add <- function(f, args, value) {
  if (is.finite(value)) rows[[length(rows) + 1]] <<- list(f = f, args = as.list(args), value = value)
}

tail_ps <- c(1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.45, 0.4999)
ps <- c(tail_ps, 0.5, rev(1 - tail_ps))
dfs <- c(0.5, 1, 2, 3, 5, 7.5, 10, 30, 100, 1000, 1e4, 1e5, 3e5, 1e6)

# Above ½ the value is −qt(1 − p, df) (1 − p is exact in double precision there): for df < 1 R's
# qt inverts pt by bisection on the lower tail even with lower.tail = FALSE, so
# qt(0.999999999999, 0.5) is 5.6e-5 relative off its own −qt(1 − p, 0.5).
for (df in dfs) for (p in ps) add("qt", c(p, df), if (p > 0.5) -qt(1 - p, df) else qt(p, df))
for (df in dfs) for (t in c(-1e10, -3e4, -250, -40, -12, -6, -3, -2, -1, -0.4, -0.05, -1e-6, 0, 1e-6, 0.05, 0.4, 1, 2, 3, 6, 12, 40, 250, 3e4, 1e10)) add("pt", c(t, df), pt(t, df))

for (p in c(1e-300, 1e-100, 1e-20, 1e-12, 1e-8, 1e-5, 0.001, 0.01, 0.025, 0.0749, 0.075, 0.0751, 0.2, 0.3, 0.4,
            0.499, 0.5, 0.501, 0.6, 0.7, 0.8, 0.925, 0.975, 0.99, 0.999, 0.99999, 1 - 1e-8, 1 - 1e-12)) add("qnorm", p, qnorm(p))
for (z in c(-30, -20, -12, -8, -5, -3, -2, -1.96, -1.5, -1, -0.5, -0.1, -1e-8, 0, 1e-8, 0.1, 0.3, 0.5, 1,
            1.2, 1.5, 2, 2.597142857142857, 3, 5, 8, 9)) add("pnorm", z, pnorm(z))
# (Not below −37.5: R's pnorm returns 0 there, where the subnormal value is 2.9e-316 at −38.)

abs <- list(c(0.5, 0.5), c(0.5, 3), c(3, 0.5), c(1, 1), c(2, 3), c(3, 2), c(2.5, 40), c(40, 2.5), c(15, 15),
            c(12, 250), c(250, 12), c(1000, 1000), c(5e5, 0.5), c(0.5, 5e5), c(4999.5, 4999.5))
for (ab in abs) {
  for (x in c(1e-12, 1e-6, 0.001, 0.01, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99, 0.999, 1 - 1e-6, 1 - 1e-10)) add("pbeta", c(x, ab), pbeta(x, ab[1], ab[2]))
  for (p in c(1e-12, 1e-6, 0.001, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-6)) add("qbeta", c(p, ab), qbeta(p, ab[1], ab[2]))
}

# qf only from p = 0.025: below that R's qf loses digits (qf(1e-8, 1, 1) is 2.2e-16, the closed
# form tan(pi * 1e-8 / 2)^2 is 2.47e-16; qf(1e-8, 2, 234) is 1.2e-7 relative off its closed form),
# so the tests check the lower tail against closed forms instead.
for (d in list(c(1, 1), c(2, 3), c(2, 234), c(5, 10), c(39, 5824), c(242, 89991), c(9999, 3), c(30, 30)))
  for (p in c(0.025, 0.1, 0.5, 0.9, 0.975, 0.999)) add("qf", c(p, d), qf(p, d[1], d[2]))

for (x in c(1e-8, 0.01, 0.1, 0.25, 1 / 3, 0.49, 0.5, 0.51, 0.75, 1, 1.5, 2, 2.5, 3.7, 5, 7.25, 9.5, 9.999, 10, 10.001,
            12.5, 20, 50.5, 100, 1234.5, 1e5, 1e6, 1e10)) add("lgamma", x, lgamma(x))

# %.17g round-trips every double exactly (jsonlite prints at most 15 significant digits).
num <- function(x) sprintf("%.17g", x)
lines <- vapply(rows, function(r) sprintf('  {"f": "%s", "args": [%s], "value": %s}', r$f, paste(vapply(r$args, num, ""), collapse = ", "), num(r$value)), "")
writeLines(c("{", sprintf('"generatedBy": "scripts/r/distributions.R", "r": %s,', toJSON(R.version.string, auto_unbox = TRUE)),
             '"values": [', paste(lines, collapse = ",\n"), "]}"), "test/fixtures/r/distributions.json")
cat("wrote test/fixtures/r/distributions.json with", length(rows), "values\n")

# Reference values for test/cohort-grouped.test.ts: Welch intervals of a group against the rest
# of the organisation, and of one wave against another, from base R's t.test (Welch is its
# default). Run: Rscript scripts/r/grouped.R (needs r-base-core only). Prints, per line: the
# difference of means, the 95 % interval's bounds and the Welch-Satterthwaite df.
a <- c(0,1,1,2,3,3,4,6,2,1)
b <- c(2,2,3,5,6,4,4,3,5,6,1,0)
c <- c(0,0,1,1,2,1,0,3)
w2 <- c(1,0,0,2,1,1,3,0,2,1,0,0,4,1,2,0,1,1,0,2,1,3,0,1)
show <- function(t) cat(sprintf("%.17g", c(t$estimate[1]-t$estimate[2], t$conf.int[1], t$conf.int[2], t$parameter)), "\n")
show(t.test(a, c(b,c)))
show(t.test(b, c(a,c)))
show(t.test(c, c(a,b)))
show(t.test(w2, c(a,b,c)))
cat(R.version.string, "\n")

# Writes rDatasets.tsv (id<TAB>period<TAB>horizon<TAB>v1,v2,...) from R packages that ship their data, for the forecast
# benchmark. Families chosen by kind, before any score was seen, whole: every seasonal series the forecast package
# (Debian r-cran-forecast) ships at a frequency the benchmark has (monthly gas production and wine sales; half-hourly
# electricity demand summed to hours), and every series of base R's EuStockMarkets (daily closing prices of four
# European indices, 1991-1998, trading days). Left out by the same rule: woolyrnq (quarterly) and gold (no season,
# with gaps). Run: Rscript bench/forecast/cases/rDatasets.R > bench/forecast/cases/rDatasets.tsv
suppressPackageStartupMessages(library(forecast))
row <- function(id, period, horizon, y) cat(id, "\t", period, "\t", horizon, "\t", paste(format(as.numeric(y), digits = 15, trim = TRUE), collapse = ","), "\n", sep = "")
row("forecast/gas", 12, 12, gas)
row("forecast/wineind", 12, 12, wineind)
# Half-hourly demand (MW, England and Wales, 12 weeks from 5 June 2000) as hourly means: the benchmark's hourly group.
hh <- as.numeric(taylor)
row("forecast/taylor-hourly", 24, 168, (hh[c(TRUE, FALSE)] + hh[c(FALSE, TRUE)]) / 2)
for (name in colnames(EuStockMarkets)) row(paste0("EuStockMarkets/", name), 5, 10, EuStockMarkets[, name])
